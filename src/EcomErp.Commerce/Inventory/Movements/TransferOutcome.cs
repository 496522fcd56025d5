namespace EcomErp.Commerce.Inventory.Movements;

/// <summary>A transfer as booked, or why its quantity was refused, in which case nothing was booked.</summary>
/// <param name="Transfer">The transfer; null when refused.</param>
/// <param name="Refusal">Why the quantity cannot be taken; null when booked.</param>
public sealed record TransferOutcome(StockTransfer? Transfer, string? Refusal)
{
    /// <summary>A refusal of the quantity.</summary>
    public static TransferOutcome Refused(string reason) => new(null, reason);
}

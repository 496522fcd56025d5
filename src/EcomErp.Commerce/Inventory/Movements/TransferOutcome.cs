namespace EcomErp.Commerce.Inventory.Movements;

/// <summary>
/// A transfer as booked, or why nothing was booked: its quantity was refused, or its reference belongs to a
/// different transfer.
/// </summary>
/// <param name="Transfer">The transfer; null when refused.</param>
/// <param name="Refusal">Why the quantity cannot be taken; null when booked.</param>
public sealed record TransferOutcome(StockTransfer? Transfer, string? Refusal)
{
    /// <summary>True when the request repeated an earlier transfer, which is returned and nothing is booked.</summary>
    public bool Duplicate { get; init; }

    /// <summary>Why the reference cannot be used, when an earlier transfer with other terms has it.</summary>
    public string? ReferenceTaken { get; init; }

    /// <summary>A refusal of the quantity.</summary>
    public static TransferOutcome Refused(string reason) => new(null, reason);
}

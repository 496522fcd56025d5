namespace EcomErp.Commerce.Inventory;

/// <summary>Whether stock was held, and if not, what was short. A failed attempt changed nothing.</summary>
/// <param name="Shortages">Every SKU that could not be covered; empty on success.</param>
public sealed record ReservationOutcome(IReadOnlyList<StockShortage> Shortages)
{
    /// <summary>An attempt that held everything it asked for.</summary>
    public static ReservationOutcome Success { get; } = new([]);

    /// <summary>Whether everything asked for is now held.</summary>
    public bool Succeeded => Shortages.Count == 0;
}

namespace EcomErp.Commerce.Inventory;

/// <summary>Whether stock was held, and if not, what was short.</summary>
/// <param name="Shortages">Every SKU that could not be covered; empty on success.</param>
/// <param name="Backordered">
/// Whether the shortfall was kept as backorders (and what could be held was held); when false, a failed attempt
/// changed nothing.
/// </param>
public sealed record ReservationOutcome(IReadOnlyList<StockShortage> Shortages, bool Backordered = false)
{
    /// <summary>An attempt that held everything it asked for.</summary>
    public static ReservationOutcome Success { get; } = new([]);

    /// <summary>Whether everything asked for is now held.</summary>
    public bool Succeeded => Shortages.Count == 0;
}

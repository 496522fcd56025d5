namespace EcomErp.Commerce.Channels;

/// <summary>What one order payload may hold.</summary>
/// <param name="MaxLines">The most product lines one order may have.</param>
public sealed record IntakeLimits(int MaxLines = IntakeLimits.DefaultMaxLines)
{
    /// <summary>The default for <see cref="MaxLines"/>.</summary>
    public const int DefaultMaxLines = 250;

    /// <summary>
    /// The largest amount one field may hold, and the largest order total: a trillion in the order's currency.
    /// Amounts are stored with 15 digits before the point; a bound well inside that keeps every sum an order is
    /// built from storable, so an absurd amount is refused when it is sent rather than failing when it is saved.
    /// </summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>The most units one order line may name, the same bound stock figures have.</summary>
    public const int MaxQuantity = Inventory.StockLimits.MaxUnits;
}

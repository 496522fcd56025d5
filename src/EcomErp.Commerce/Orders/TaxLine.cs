using EcomErp.Commerce.Monetary;

namespace EcomErp.Commerce.Orders;

/// <summary>A tax charged on a line, as the channel computed and rounded it.</summary>
/// <param name="Title">The tax's name, such as "State Tax".</param>
/// <param name="Rate">The rate as a fraction, such as 0.06 for six percent; null when the channel does not say.</param>
/// <param name="Amount">The tax amount; it is summed, never recomputed from the rate.</param>
public sealed record TaxLine(string Title, decimal? Rate, Money Amount)
{
    // EF Core materialises JSON rows through this: it cannot pass a complex Money to a constructor.
    private TaxLine()
        : this("", null, default)
    {
    }

    /// <summary>
    /// Whether a marketplace collects and remits this tax itself (Amazon's marketplace facilitator model), so that
    /// it is not the merchant's tax payable.
    /// </summary>
    public bool CollectedByMarketplace { get; init; }
}

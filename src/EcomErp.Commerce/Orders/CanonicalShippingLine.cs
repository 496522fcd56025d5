using EcomErp.Commerce.Monetary;

namespace EcomErp.Commerce.Orders;

/// <summary>A shipping charge of a <see cref="CanonicalOrder"/>.</summary>
/// <param name="Title">The method's name shown to the customer.</param>
/// <param name="Code">The channel's code for the method, if any.</param>
/// <param name="Price">The charge before discounts and taxes.</param>
public sealed record CanonicalShippingLine(string Title, string? Code, Money Price)
{
    /// <summary>The discounts on this charge.</summary>
    public IReadOnlyList<DiscountAllocation> Discounts { get; init; } = [];

    /// <summary>The taxes on this charge.</summary>
    public IReadOnlyList<TaxLine> Taxes { get; init; } = [];

    /// <summary>The sum of the discounts.</summary>
    public Money DiscountTotal => Money.Sum(Discounts.Select(discount => discount.Amount), Price.Currency);

    /// <summary>The sum of the taxes.</summary>
    public Money TaxTotal => Money.Sum(Taxes.Select(tax => tax.Amount), Price.Currency);
}

using EcomErp.Commerce.Monetary;

namespace EcomErp.Commerce.Orders;

/// <summary>
/// A charge of a <see cref="CanonicalOrder"/> besides its product lines: shipping, and also handling, gift wrap and
/// fees, which <see cref="Kind"/> tells apart.
/// </summary>
/// <param name="Title">The method's or fee's name shown to the customer.</param>
/// <param name="Code">The channel's code for it, if any.</param>
/// <param name="Price">The charge before discounts and taxes.</param>
public sealed record CanonicalShippingLine(string Title, string? Code, Money Price)
{
    /// <summary>What the charge is for.</summary>
    public ChargeKind Kind { get; init; } = ChargeKind.Shipping;

    /// <summary>The discounts on this charge.</summary>
    public IReadOnlyList<DiscountAllocation> Discounts { get; init; } = [];

    /// <summary>The taxes on this charge.</summary>
    public IReadOnlyList<TaxLine> Taxes { get; init; } = [];

    /// <summary>The sum of the discounts.</summary>
    public Money DiscountTotal => Money.Sum(Discounts.Select(discount => discount.Amount), Price.Currency);

    /// <summary>The sum of the taxes.</summary>
    public Money TaxTotal => Money.Sum(Taxes.Select(tax => tax.Amount), Price.Currency);
}

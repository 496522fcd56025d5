using EcomErp.Commerce.Monetary;

namespace EcomErp.Commerce.Orders;

/// <summary>One product line of a <see cref="CanonicalOrder"/>.</summary>
public sealed record CanonicalOrderLine
{
    /// <summary>The line's position in the order, starting at 1.</summary>
    public required int LineNo { get; init; }

    /// <summary>The channel's own id of the line, if it has one.</summary>
    public string? ChannelLineId { get; init; }

    /// <summary>The stock keeping unit.</summary>
    public required string Sku { get; init; }

    /// <summary>The product name shown to the customer.</summary>
    public required string Name { get; init; }

    /// <summary>The units ordered; always positive.</summary>
    public required int Quantity { get; init; }

    /// <summary>The price of one unit before discounts and taxes.</summary>
    public required Money UnitPrice { get; init; }

    /// <summary>The discounts that fall on this line.</summary>
    public IReadOnlyList<DiscountAllocation> Discounts { get; init; } = [];

    /// <summary>The taxes charged on this line.</summary>
    public IReadOnlyList<TaxLine> Taxes { get; init; } = [];

    /// <summary>Whether the line ships as a parcel.</summary>
    public bool RequiresShipping { get; init; } = true;

    /// <summary>Whether the line sells a gift card, which is a liability rather than revenue and not stock.</summary>
    public bool IsGiftCard { get; init; }

    /// <summary>Unit price times quantity.</summary>
    public Money Gross => UnitPrice * Quantity;

    /// <summary>The sum of the line's discounts.</summary>
    public Money DiscountTotal => Money.Sum(Discounts.Select(discount => discount.Amount), UnitPrice.Currency);

    /// <summary>The sum of the line's taxes.</summary>
    public Money TaxTotal => Money.Sum(Taxes.Select(tax => tax.Amount), UnitPrice.Currency);

    /// <summary>Gross less discounts, before tax.</summary>
    public Money Net => Gross - DiscountTotal;
}

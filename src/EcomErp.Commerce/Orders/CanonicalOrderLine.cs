using EcomErp.Commerce.Monetary;

namespace EcomErp.Commerce.Orders;

/// <summary>One product line of a <see cref="CanonicalOrder"/>.</summary>
public sealed record CanonicalOrderLine
{
    /// <summary>The line's position in the order, starting at 1.</summary>
    public required int LineNo { get; init; }

    /// <summary>The channel's own id of the line, if it has one.</summary>
    public string? ChannelLineId { get; init; }

    /// <summary>
    /// The stock keeping unit: as the channel sent it until the service resolves it through the channel's SKU
    /// mappings, and the catalogue's SKU afterwards. Empty when the channel sent none.
    /// </summary>
    public required string Sku { get; init; }

    /// <summary>The SKU as the channel sent it, when the service mapped it to another one.</summary>
    public string? ChannelSku { get; init; }

    /// <summary>
    /// The channel's id of the product variant (Shopify variant, WooCommerce variation or product, Amazon ASIN,
    /// BigCommerce product), which a SKU mapping can name instead of a SKU.
    /// </summary>
    public string? ChannelVariantId { get; init; }

    /// <summary>The payload path of the line's SKU, for problems that name it.</summary>
    public string SkuField { get; init; } = "sku";

    /// <summary>The payload path of the line's discounts, for problems that name them.</summary>
    public string DiscountField { get; init; } = "discounts";

    /// <summary>The product name shown to the customer.</summary>
    public required string Name { get; init; }

    /// <summary>The units ordered; always positive.</summary>
    public required int Quantity { get; init; }

    /// <summary>The price of one unit before discounts and taxes.</summary>
    public required Money UnitPrice { get; init; }

    /// <summary>
    /// The line total before discounts and taxes, when the channel states it instead of a unit price (Amazon's
    /// ItemPrice is the price of all units): kept exactly, because a unit price derived from it may not be.
    /// </summary>
    public Money? StatedGross { get; init; }

    /// <summary>The discounts that fall on this line.</summary>
    public IReadOnlyList<DiscountAllocation> Discounts { get; init; } = [];

    /// <summary>The taxes charged on this line.</summary>
    public IReadOnlyList<TaxLine> Taxes { get; init; } = [];

    /// <summary>Whether the line ships as a parcel.</summary>
    public bool RequiresShipping { get; init; } = true;

    /// <summary>Whether the line sells a gift card, which is a liability rather than revenue and not stock.</summary>
    public bool IsGiftCard { get; init; }

    /// <summary>The line total the channel stated, or else unit price times quantity.</summary>
    public Money Gross => StatedGross ?? UnitPrice * Quantity;

    /// <summary>The sum of the line's discounts.</summary>
    public Money DiscountTotal => Money.Sum(Discounts.Select(discount => discount.Amount), UnitPrice.Currency);

    /// <summary>The sum of the line's taxes.</summary>
    public Money TaxTotal => Money.Sum(Taxes.Select(tax => tax.Amount), UnitPrice.Currency);

    /// <summary>Gross less discounts, before tax.</summary>
    public Money Net => Gross - DiscountTotal;
}

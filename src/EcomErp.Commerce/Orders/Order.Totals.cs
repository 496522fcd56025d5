using EcomErp.Commerce.Monetary;

namespace EcomErp.Commerce.Orders;

public sealed partial class Order
{
    /// <summary>Unit price times quantity over all lines.</summary>
    public decimal LinesGross { get; private set; }

    /// <summary>All discounts on lines.</summary>
    public decimal DiscountTotal { get; private set; }

    /// <summary>Shipping charges before their discounts.</summary>
    public decimal ShippingTotal { get; private set; }

    /// <summary>Discounts on shipping charges.</summary>
    public decimal ShippingDiscountTotal { get; private set; }

    /// <summary>Taxes on lines and shipping.</summary>
    public decimal TaxTotal { get; private set; }

    /// <summary>The part of <see cref="TaxTotal"/> a marketplace collects and remits itself.</summary>
    public decimal MarketplaceTaxTotal { get; private set; }

    /// <summary>What gift cards paid of <see cref="Total"/>.</summary>
    public decimal GiftCardTendered { get; private set; }

    /// <summary>What the customer pays: the total computed from the lines, not the channel's claim.</summary>
    public decimal Total { get; private set; }

    /// <summary>The subtotal the channel claimed.</summary>
    public decimal? ClaimedSubtotal { get; private set; }

    /// <summary>The total the channel claimed.</summary>
    public decimal? ClaimedTotal { get; private set; }

    /// <summary><see cref="Total"/> with its currency.</summary>
    public Money TotalMoney => new(Total, Currency);

    private void SetTotals(CanonicalOrder canonical)
    {
        LinesGross = canonical.LinesGross.Amount;
        DiscountTotal = canonical.LineDiscounts.Amount;
        ShippingTotal = canonical.ShippingTotal.Amount;
        ShippingDiscountTotal = canonical.ShippingDiscounts.Amount;
        TaxTotal = canonical.TaxTotal.Amount;
        MarketplaceTaxTotal = canonical.MarketplaceTaxTotal.Amount;
        GiftCardTendered = canonical.GiftCardTendered.Amount;
        Total = canonical.Total.Amount;
        ClaimedSubtotal = canonical.ClaimedTotals?.Subtotal?.Amount;
        ClaimedTotal = canonical.ClaimedTotals?.Total?.Amount;
    }
}

using EcomErp.Commerce.Monetary;

namespace EcomErp.Commerce.Orders;

public sealed partial record CanonicalOrder
{
    /// <summary>The sum of unit price times quantity over all lines.</summary>
    public Money LinesGross => Sum(Lines.Select(line => line.Gross));

    /// <summary>The discounts on lines plus the order-level discount not yet allocated.</summary>
    public Money LineDiscounts =>
        Sum(Lines.Select(line => line.DiscountTotal)) + (UnallocatedDiscount ?? Money.Zero(Currency));

    /// <summary>Lines after discounts, before shipping and tax.</summary>
    public Money Subtotal => LinesGross - LineDiscounts;

    /// <summary>The shipping and other charges (handling, gift wrap, fees) before their discounts.</summary>
    public Money ShippingTotal => Sum(ShippingLines.Select(line => line.Price));

    /// <summary>The discounts on shipping charges.</summary>
    public Money ShippingDiscounts => Sum(ShippingLines.Select(line => line.DiscountTotal));

    /// <summary>The taxes on lines and shipping.</summary>
    public Money TaxTotal =>
        Sum(Lines.Select(line => line.TaxTotal)) + Sum(ShippingLines.Select(line => line.TaxTotal));

    /// <summary>The part of <see cref="TaxTotal"/> that a marketplace collects and remits itself.</summary>
    public Money MarketplaceTaxTotal =>
        Sum(Lines.SelectMany(line => line.Taxes).Concat(ShippingLines.SelectMany(line => line.Taxes))
            .Where(tax => tax.CollectedByMarketplace).Select(tax => tax.Amount));

    /// <summary>Gross lines less discounts, plus shipping less its discounts, plus taxes.</summary>
    public Money Total => Subtotal + ShippingTotal - ShippingDiscounts + TaxTotal;

    /// <summary>What gift cards paid of <see cref="Total"/>.</summary>
    public Money GiftCardTendered =>
        Sum(Tenders.Where(tender => tender.Kind == TenderKind.GiftCard).Select(tender => tender.Amount));

    /// <summary>
    /// The order with <see cref="UnallocatedDiscount"/> spread over the lines that are not gift cards.
    /// </summary>
    /// <returns>This order when there is nothing to allocate; otherwise a copy with no unallocated discount.</returns>
    /// <exception cref="InvalidOperationException">There is a discount but no priced line to carry it.</exception>
    public CanonicalOrder AllocateOrderDiscount()
    {
        if (UnallocatedDiscount is not { IsZero: false } discount)
        {
            return this;
        }

        var weights = Lines.Select(line => line.IsGiftCard ? 0m : line.Gross.Amount).ToArray();
        if (weights.All(weight => weight == 0m))
        {
            throw new InvalidOperationException(
                $"Order {ChannelOrderId} has a discount of {discount} but no priced line to carry it.");
        }

        var parts = MoneyAllocator.Allocate(discount, weights);
        var lines = Lines.Select((line, index) => WithDiscount(line, parts[index])).ToArray();
        return this with { Lines = lines, UnallocatedDiscount = null };
    }

    private static CanonicalOrderLine WithDiscount(CanonicalOrderLine line, Money part) =>
        part.IsZero ? line : line with { Discounts = [.. line.Discounts, new DiscountAllocation(part, "order")] };

    private Money Sum(IEnumerable<Money> amounts) => Money.Sum(amounts, Currency);
}

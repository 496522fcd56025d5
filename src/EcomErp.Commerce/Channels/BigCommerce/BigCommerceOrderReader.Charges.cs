using EcomErp.Commerce.Monetary;
using EcomErp.Commerce.Orders;

namespace EcomErp.Commerce.Channels.BigCommerce;

internal sealed partial class BigCommerceOrderReader
{
    /// <summary>Shipping, handling and wrapping as charges where they are not zero, then every fee.</summary>
    private CanonicalShippingLine[] ReadCharges()
    {
        var charges = new[]
        {
            OrderCharge("Shipping", "shipping_cost", ChargeKind.Shipping),
            OrderCharge("Handling", "handling_cost", ChargeKind.Handling),
            OrderCharge("Gift wrapping", "wrapping_cost", ChargeKind.GiftWrap),
        };
        return [.. charges.OfType<CanonicalShippingLine>(), .. ReadFees()];
    }

    private CanonicalShippingLine? OrderCharge(string title, string prefix, ChargeKind kind)
    {
        var price = reader.Money(order, OrderPath, $"{prefix}_ex_tax", currency) ?? Money.Zero(currency);
        var tax = reader.Money(order, OrderPath, $"{prefix}_tax", currency) ?? Money.Zero(currency);
        return price.IsZero && tax.IsZero ? null : Charge(title, null, kind, price, tax);
    }

    /// <summary>
    /// Fees. Some BigCommerce examples spell the amount <c>cost_exc_tax</c>; it is read when
    /// <c>cost_ex_tax</c> is absent.
    /// </summary>
    private IEnumerable<CanonicalShippingLine> ReadFees()
    {
        var fees = reader.Items(order, OrderPath, "fees");
        for (var index = 0; index < fees.Count; index++)
        {
            var path = PayloadReader.PathOf($"{OrderPath}.fees", index);
            var name = PayloadReader.Find(fees[index], "cost_ex_tax") is null ? "cost_exc_tax" : "cost_ex_tax";
            var title = reader.Text(fees[index], path, "display_name_customer") ?? "Fee";
            yield return Charge(title, reader.Text(fees[index], path, "type"), ChargeKind.Fee,
                RequiredMoney(fees[index], path, name), RequiredMoney(fees[index], path, "cost_tax"));
        }
    }

    private static CanonicalShippingLine Charge(string title, string? code, ChargeKind kind, Money price, Money tax) =>
        new(title, code, price) { Kind = kind, Taxes = tax.IsZero ? [] : [new TaxLine($"{title} tax", null, tax)] };

    /// <summary>A gift certificate and store credit are tenders that pay part of the order, not discounts.</summary>
    private Tender[] ReadTenders()
    {
        var tenders = new (TenderKind Kind, string Field)[]
        {
            (TenderKind.GiftCard, "gift_certificate_amount"),
            (TenderKind.StoreCredit, "store_credit_amount"),
        };
        return [.. tenders
            .Select(tender => (tender.Kind, tender.Field,
                Amount: reader.Money(order, OrderPath, tender.Field, currency)))
            .Where(tender => tender.Amount is { IsZero: false })
            .Select(tender => new Tender(tender.Kind, tender.Amount!.Value, tender.Field))];
    }

    private ChannelTotals ReadClaimedTotals() => new(
        null,
        reader.Claim(order, OrderPath, "total_tax", currency),
        reader.Claim(order, OrderPath, "shipping_cost_ex_tax", currency),
        null,
        reader.Claim(order, OrderPath, "total_inc_tax", currency));
}

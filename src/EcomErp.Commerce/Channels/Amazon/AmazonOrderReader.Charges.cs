using System.Text.Json;
using EcomErp.Commerce.Orders;

namespace EcomErp.Commerce.Channels.Amazon;

internal sealed partial class AmazonOrderReader
{
    /// <summary>
    /// Each item's shipping, gift wrap and cash-on-delivery fee, as charges of their own, in item order, with
    /// their discounts and taxes as Amazon gives them.
    /// </summary>
    private CanonicalShippingLine[] ReadCharges()
    {
        var level = reader.Text(order, OrderPath, "ShipmentServiceLevelCategory");
        return [.. items.SelectMany(item => ItemCharges(item.Item, item.Path, level))];
    }

    private IEnumerable<CanonicalShippingLine> ItemCharges(JsonElement item, string path, string? level)
    {
        var facilitated = IsFacilitated(item, path);
        if (Amount(item, path, "ShippingPrice") is { } shipping)
        {
            yield return new CanonicalShippingLine("Shipping", level, shipping)
            {
                Discounts = Discount(item, path, "ShippingDiscount", "shipping discount"),
                Taxes = Taxes(item, path, facilitated, ("ShippingTax", "Shipping tax"),
                    ("ShippingDiscountTax", "Tax on the shipping discount")),
            };
        }

        var buyerPath = PayloadReader.PathOf(path, "BuyerInfo");
        var buyer = reader.Object(item, path, "BuyerInfo");
        if (buyer is { } info && Amount(info, buyerPath, "GiftWrapPrice") is { } wrap)
        {
            yield return new CanonicalShippingLine("Gift wrap", reader.Text(info, buyerPath, "GiftWrapLevel"), wrap)
            {
                Kind = ChargeKind.GiftWrap,
                Taxes = Taxes(info, buyerPath, facilitated, ("GiftWrapTax", "Gift wrap tax")),
            };
        }

        if (Amount(item, path, "CODFee") is { } cashOnDelivery)
        {
            yield return new CanonicalShippingLine("Cash on delivery fee", "COD", cashOnDelivery)
            {
                Kind = ChargeKind.Fee,
                Discounts = Discount(item, path, "CODFeeDiscount", "cash on delivery fee discount"),
            };
        }
    }
}

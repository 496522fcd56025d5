using System.Text.Json;
using EcomErp.Commerce.Orders;

namespace EcomErp.Commerce.Channels.Shopify;

/// <summary>Reads one Shopify order payload; a new reader serves each payload.</summary>
internal sealed partial class ShopifyOrderReader(JsonElement root, PayloadReader reader)
{
    private const string Root = PayloadReader.Root;

    private readonly List<IntakeWarning> warnings = [];
    private readonly string currency = reader.ShopCurrency(root, "currency");

    public CanonicalOrder Read()
    {
        RefuseTaxInclusivePrices();
        var presentment = reader.Currency(root, Root, "presentment_currency") ?? currency;
        var order = new CanonicalOrder
        {
            ChannelOrderId = ReadId(root, Root, "Order", required: true) ?? "",
            OrderName = reader.Text(root, Root, "name")
                ?? PayloadReader.Find(root, "order_number")?.GetRawText() ?? "",
            PlacedAt = reader.Timestamp(root, Root, "created_at", required: true) ?? default,
            UpdatedAt = reader.Timestamp(root, Root, "updated_at"),
            Currency = currency,
            PresentmentCurrency = presentment,
            PresentmentTotal = PresentmentTotal(presentment),
            Customer = ReadCustomer(),
            BillingAddress = ReadAddress("billing_address"),
            ShippingAddress = ReadAddress("shipping_address"),
            Lines = ReadLines(),
            ShippingLines = ReadShippingLines(),
            ClaimedTotals = ReadClaimedTotals(),
            Fields = new PayloadFields("currency", "line_items", "total_price", "payment_gateway_names"),
        };
        return Check(WithStatus(order));
    }

    private CanonicalOrder WithStatus(CanonicalOrder order) => order with
    {
        CancelledAt = reader.Timestamp(root, Root, "cancelled_at"),
        CancelReason = reader.Text(root, Root, "cancel_reason"),
        FinancialStatus = reader.Text(root, Root, "financial_status"),
        IsTest = reader.Flag(root, Root, "test", fallback: false),
        Tags = SplitTags(reader.Text(root, Root, "tags")),
        Warnings = [.. warnings],
    };

    private CanonicalOrder Check(CanonicalOrder order)
    {
        if (reader.HasProblems)
        {
            return order;
        }

        var discount = ShopMoney(root, Root, "total_discounts");
        var unspread = discount is { IsZero: false } && !order.Lines.Any(line => line.Discounts.Count > 0)
            && !order.ShippingLines.Any(line => line.Discounts.Count > 0);
        var spread = unspread ? IntakeChecks.SpreadDiscount(order, discount!.Value, "total_discounts", reader) : order;
        return IntakeChecks.CompareClaims(spread, "subtotal_price", "total_price");
    }

    private ChannelTotals ReadClaimedTotals() => new(
        ShopMoney(root, Root, "subtotal_price", claim: true),
        ShopMoney(root, Root, "total_tax", claim: true),
        ShopMoney(root, Root, "total_shipping_price", claim: true),
        ShopMoney(root, Root, "total_discounts", claim: true),
        ShopMoney(root, Root, "total_price", claim: true));

    // With tax-inclusive prices the line prices already contain the tax lines, so adding them again would overstate
    // the total and the revenue. Refusing is safer than booking such an order wrongly.
    private void RefuseTaxInclusivePrices()
    {
        if (reader.Flag(root, Root, "taxes_included", fallback: false))
        {
            reader.Report("taxes_included", "tax-inclusive prices are not supported yet; send prices without tax");
        }
    }

    private static string[] SplitTags(string? tags) =>
        tags?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
}

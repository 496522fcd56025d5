using System.Text.Json;
using EcomErp.Commerce.Monetary;
using EcomErp.Commerce.Orders;

namespace EcomErp.Commerce.Channels.Amazon;

internal sealed partial class AmazonOrderReader
{
    private readonly IReadOnlyList<JsonElement> pages;
    private readonly List<(JsonElement Item, string Path)> items = [];

    private CanonicalOrderLine[] ReadLines(string orderId)
    {
        for (var index = 0; index < pages.Count; index++)
        {
            ReadPage(pages[index], PayloadReader.PathOf(Pages, index), orderId, isLast: index == pages.Count - 1);
        }

        if (pages.Count > 0 && items.Count == 0)
        {
            reader.Report($"{Pages}[0].payload.OrderItems", "must list at least one item");
        }

        return [.. items.Select((item, index) => ReadLine(item.Item, item.Path, index + 1))];
    }

    private void ReadPage(JsonElement page, string path, string orderId, bool isLast)
    {
        var payloadPath = PayloadReader.PathOf(path, "payload");
        if (reader.Object(page, path, "payload", required: true) is not { } payload)
        {
            return;
        }

        var pageOrderId = reader.Text(payload, payloadPath, "AmazonOrderId", required: true);
        if (pageOrderId is not null && pageOrderId != orderId)
        {
            reader.Report(PayloadReader.PathOf(payloadPath, "AmazonOrderId"),
                $"is {pageOrderId}, but the order is {orderId}: the items belong to another order");
        }

        if (isLast && PayloadReader.Blank(reader.Text(payload, payloadPath, "NextToken")) is not null)
        {
            reader.Report(PayloadReader.PathOf(payloadPath, "NextToken"),
                "is set on the last page: more items follow; post every page of getOrderItems");
        }

        var listPath = PayloadReader.PathOf(payloadPath, "OrderItems");
        items.AddRange(reader.Items(payload, payloadPath, "OrderItems")
            .Select((item, index) => (item, PayloadReader.PathOf(listPath, index))));
    }

    /// <summary>
    /// One item. ItemPrice is the price of all units, so it is kept as the line's stated gross; the taxes of an
    /// item under the marketplace facilitator model are marked as collected by the marketplace.
    /// </summary>
    private CanonicalOrderLine ReadLine(JsonElement item, string path, int lineNo)
    {
        var quantity = reader.Quantity(item, path, "QuantityOrdered") ?? 0;
        var gross = RequiredAmount(item, path, "ItemPrice");
        var facilitated = IsFacilitated(item, path);
        return new CanonicalOrderLine
        {
            LineNo = lineNo,
            ChannelLineId = reader.Text(item, path, "OrderItemId", required: true, PayloadReader.MaxIdLength),
            Sku = reader.Text(item, path, "SellerSKU", maxLength: PayloadReader.MaxIdLength) ?? "",
            SkuField = PayloadReader.PathOf(path, "SellerSKU"),
            DiscountField = PayloadReader.PathOf(path, "PromotionDiscount"),
            ChannelVariantId = reader.Text(item, path, "ASIN", required: true, PayloadReader.MaxIdLength),
            Name = reader.Text(item, path, "Title") ?? reader.Text(item, path, "ASIN") ?? "",
            Quantity = quantity,
            UnitPrice = quantity <= 0 ? gross : gross with { Amount = Math.Round(gross.Amount / quantity, 4) },
            StatedGross = gross,
            Discounts = Discount(item, path, "PromotionDiscount", Promotions(item, path)),
            Taxes = Taxes(item, path, facilitated, ("ItemTax", "Item tax"),
                ("PromotionDiscountTax", "Tax on the promotion discount")),
        };
    }

    private bool IsFacilitated(JsonElement item, string path) =>
        reader.Object(item, path, "TaxCollection") is { } collection
        && reader.Text(collection, PayloadReader.PathOf(path, "TaxCollection"), "Model") == "MarketplaceFacilitator";

    private string Promotions(JsonElement item, string path)
    {
        var listPath = PayloadReader.PathOf(path, "PromotionIds");
        var ids = reader.Items(item, path, "PromotionIds")
            .Select((id, index) => reader.ItemText(id, PayloadReader.PathOf(listPath, index)))
            .OfType<string>()
            .ToList();
        return ids.Count == 0 ? "promotion" : string.Join(", ", ids);
    }

    private DiscountAllocation[] Discount(JsonElement parent, string path, string name, string source) =>
        Amount(parent, path, name) is { IsZero: false } discount ? [new DiscountAllocation(discount, source)] : [];

    /// <summary>
    /// The tax named by <paramref name="charged"/>, and the tax on a discount named by <paramref name="discounted"/>,
    /// which takes away.
    /// </summary>
    private TaxLine[] Taxes(
        JsonElement parent,
        string path,
        bool facilitated,
        (string Name, string Title) charged,
        (string Name, string Title)? discounted = null)
    {
        var lines = new List<TaxLine>();
        if (Amount(parent, path, charged.Name) is { IsZero: false } tax)
        {
            lines.Add(new TaxLine(charged.Title, null, tax) { CollectedByMarketplace = facilitated });
        }

        if (discounted is { } off && Amount(parent, path, off.Name) is { IsZero: false } reduction)
        {
            lines.Add(new TaxLine(off.Title, null, -reduction) { CollectedByMarketplace = facilitated });
        }

        return [.. lines];
    }

    private Money RequiredAmount(JsonElement parent, string path, string name) =>
        Amount(parent, path, name, required: true) ?? Money.Zero(currency);
}

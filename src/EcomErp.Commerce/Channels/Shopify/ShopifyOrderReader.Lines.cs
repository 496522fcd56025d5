using System.Text.Json;
using EcomErp.Commerce.Orders;

namespace EcomErp.Commerce.Channels.Shopify;

internal sealed partial class ShopifyOrderReader
{
    private const string LineItems = "line_items";
    private const string ShippingLines = "shipping_lines";

    private CanonicalOrderLine[] ReadLines() =>
        [.. reader.Items(root, Root, LineItems, required: true)
            .Select((item, index) => ReadLine(item, PayloadReader.PathOf(LineItems, index), index + 1))];

    private CanonicalOrderLine ReadLine(JsonElement item, string path, int lineNo) => new()
    {
        LineNo = lineNo,
        ChannelLineId = ReadId(item, path, "LineItem", required: false),
        Sku = reader.Text(item, path, "sku", maxLength: PayloadReader.MaxIdLength) ?? "",
        SkuField = PayloadReader.PathOf(path, "sku"),
        DiscountField = PayloadReader.PathOf(path, "discount_allocations"),
        ChannelVariantId = reader.Identifier(item, path, "variant_id"),
        Name = reader.Text(item, path, "name") ?? reader.Text(item, path, "title", required: true) ?? "",
        Quantity = reader.Quantity(item, path, "quantity") ?? 0,
        UnitPrice = RequiredShopMoney(item, path, "price"),
        Discounts = ReadDiscounts(item, path),
        Taxes = ReadTaxes(item, path),
        RequiresShipping = reader.Flag(item, path, "requires_shipping", fallback: true),
        IsGiftCard = reader.Flag(item, path, "gift_card", fallback: false),
    };

    private CanonicalShippingLine[] ReadShippingLines() =>
        [.. reader.Items(root, Root, ShippingLines)
            .Select((item, index) => ReadShippingLine(item, PayloadReader.PathOf(ShippingLines, index)))];

    private CanonicalShippingLine ReadShippingLine(JsonElement item, string path) =>
        new(reader.Text(item, path, "title") ?? "Shipping", reader.Text(item, path, "code"),
            RequiredShopMoney(item, path, "price"))
        {
            Discounts = ReadDiscounts(item, path),
            Taxes = ReadTaxes(item, path),
        };

    private DiscountAllocation[] ReadDiscounts(JsonElement parent, string path)
    {
        var listPath = PayloadReader.PathOf(path, "discount_allocations");
        return [.. reader.Items(parent, path, "discount_allocations").Select((item, index) =>
        {
            var itemPath = PayloadReader.PathOf(listPath, index);
            var application = PayloadReader.Find(item, "discount_application_index")?.GetRawText();
            var source = application is null ? null : $"discount_applications[{application}]";
            return new DiscountAllocation(RequiredShopMoney(item, itemPath, "amount"), source);
        })];
    }

    private TaxLine[] ReadTaxes(JsonElement parent, string path)
    {
        var listPath = PayloadReader.PathOf(path, "tax_lines");
        return [.. reader.Items(parent, path, "tax_lines").Select((item, index) =>
        {
            var itemPath = PayloadReader.PathOf(listPath, index);
            return new TaxLine(
                reader.Text(item, itemPath, "title") ?? "Tax",
                reader.Decimal(item, itemPath, "rate"),
                RequiredShopMoney(item, itemPath, "price"))
            {
                CollectedByMarketplace = reader.Flag(item, itemPath, "channel_liable", fallback: false),
            };
        })];
    }
}

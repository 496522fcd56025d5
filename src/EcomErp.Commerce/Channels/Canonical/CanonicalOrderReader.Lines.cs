using System.Text.Json;
using EcomErp.Commerce.Monetary;
using EcomErp.Commerce.Orders;

namespace EcomErp.Commerce.Channels.Canonical;

internal sealed partial class CanonicalOrderReader
{
    private CanonicalOrderLine[] ReadLines() =>
        [.. reader.Items(root, Root, "lines", required: true)
            .Select((item, index) => ReadLine(item, PayloadReader.PathOf("lines", index), index + 1))];

    /// <summary>A line needs a SKU, unless it names a variant id that a SKU mapping can turn into one.</summary>
    private CanonicalOrderLine ReadLine(JsonElement item, string path, int lineNo)
    {
        var variantId = reader.Identifier(item, path, "variantId");
        return new CanonicalOrderLine
        {
            LineNo = lineNo,
            ChannelLineId = reader.Text(item, path, "channelLineId"),
            Sku = reader.Text(item, path, "sku", required: variantId is null, PayloadReader.MaxIdLength) ?? "",
            SkuField = PayloadReader.PathOf(path, "sku"),
            DiscountField = PayloadReader.PathOf(path, "discounts"),
            ChannelVariantId = variantId,
            Name = reader.Text(item, path, "name", required: true) ?? "",
            Quantity = reader.Quantity(item, path, "quantity") ?? 0,
            UnitPrice = RequiredMoney(item, path, "unitPrice"),
            Discounts = ReadDiscounts(item, path),
            Taxes = ReadTaxes(item, path),
            RequiresShipping = reader.Flag(item, path, "requiresShipping", fallback: true),
            IsGiftCard = reader.Flag(item, path, "giftCard", fallback: false),
        };
    }

    private CanonicalShippingLine[] ReadShippingLines() =>
        [.. reader.Items(root, Root, "shippingLines")
            .Select((item, index) => ReadShippingLine(item, PayloadReader.PathOf("shippingLines", index)))];

    private CanonicalShippingLine ReadShippingLine(JsonElement item, string path) =>
        new(reader.Text(item, path, "title", required: true) ?? "", reader.Text(item, path, "code"),
            RequiredMoney(item, path, "price"))
        {
            Kind = reader.Choice<ChargeKind>(item, path, "kind") ?? ChargeKind.Shipping,
            Discounts = ReadDiscounts(item, path),
            Taxes = ReadTaxes(item, path),
        };

    private DiscountAllocation[] ReadDiscounts(JsonElement parent, string path) =>
        [.. reader.Items(parent, path, "discounts").Select((item, index) =>
        {
            var itemPath = PayloadReader.PathOf(PayloadReader.PathOf(path, "discounts"), index);
            return new DiscountAllocation(
                RequiredMoney(item, itemPath, "amount"),
                reader.Text(item, itemPath, "source"));
        })];

    private TaxLine[] ReadTaxes(JsonElement parent, string path) =>
        [.. reader.Items(parent, path, "taxes").Select((item, index) =>
        {
            var itemPath = PayloadReader.PathOf(PayloadReader.PathOf(path, "taxes"), index);
            return new TaxLine(
                reader.Text(item, itemPath, "title", required: true) ?? "",
                reader.Decimal(item, itemPath, "rate", required: true) ?? 0m,
                RequiredMoney(item, itemPath, "amount"))
            {
                CollectedByMarketplace = reader.Flag(item, itemPath, "collectedByMarketplace", fallback: false),
            };
        })];

    private Money RequiredMoney(JsonElement parent, string path, string name) =>
        reader.Money(parent, path, name, currency, required: true) ?? Money.Zero(currency);
}

using System.Net;
using System.Text.Json;
using EcomErp.Commerce.Monetary;
using EcomErp.Commerce.Orders;

namespace EcomErp.Commerce.Channels.WooCommerce;

internal sealed partial class WooCommerceOrderReader
{
    private const string LineItems = "line_items";

    private CanonicalOrderLine[] ReadLines()
    {
        var coupons = CouponCodes();
        return [.. reader.Items(root, Root, LineItems, required: true)
            .Select((item, index) => ReadLine(item, PayloadReader.PathOf(LineItems, index), index + 1, coupons))];
    }

    private CanonicalOrderLine ReadLine(JsonElement item, string path, int lineNo, string coupons)
    {
        var quantity = reader.Quantity(item, path, "quantity") ?? 0;
        var subtotal = RequiredMoney(item, path, "subtotal");
        var total = RequiredMoney(item, path, "total");
        return new CanonicalOrderLine
        {
            LineNo = lineNo,
            ChannelLineId = reader.Identifier(item, path, "id"),
            Sku = reader.Text(item, path, "sku", maxLength: PayloadReader.MaxIdLength) ?? "",
            SkuField = PayloadReader.PathOf(path, "sku"),
            DiscountField = PayloadReader.PathOf(path, "total"),
            ChannelVariantId = VariantId(item, path),
            Name = WebUtility.HtmlDecode(reader.Text(item, path, "name", required: true) ?? ""),
            Quantity = quantity,
            UnitPrice = UnitPrice(subtotal, quantity),
            StatedGross = subtotal,
            Discounts = LineDiscount(subtotal, total, path, coupons),
            Taxes = ReadTaxes(item, path),
        };
    }

    /// <summary>The variation id, or the product id for a product without variations (variation_id 0).</summary>
    private string? VariantId(JsonElement item, string path)
    {
        var variation = reader.Identifier(item, path, "variation_id");
        return variation is null or "0" ? reader.Identifier(item, path, "product_id") : variation;
    }

    private DiscountAllocation[] LineDiscount(Money subtotal, Money total, string path, string coupons)
    {
        if (total > subtotal)
        {
            reader.Report(PayloadReader.PathOf(path, "total"), $"is {total}, more than the subtotal {subtotal}");
            return [];
        }

        return total == subtotal ? [] : [new DiscountAllocation(subtotal - total, coupons)];
    }

    /// <summary>
    /// The line's taxes, one a rate, titled by the order's tax line for that rate. A line that lists no rates
    /// but has a total tax gets one tax line for it.
    /// </summary>
    private TaxLine[] ReadTaxes(JsonElement item, string path)
    {
        var rates = reader.Items(item, path, "taxes");
        if (rates.Count == 0)
        {
            var totalTax = reader.Money(item, path, "total_tax", currency);
            return totalTax is { IsZero: false } tax ? [new TaxLine("Tax", null, tax)] : [];
        }

        var titles = TaxTitles();
        var listPath = PayloadReader.PathOf(path, "taxes");
        return [.. rates.Select((rate, index) =>
        {
            var ratePath = PayloadReader.PathOf(listPath, index);
            var rateId = reader.Identifier(rate, ratePath, "id") ?? "";
            return new TaxLine(titles.GetValueOrDefault(rateId, $"Tax rate {rateId}"), null,
                RequiredMoney(rate, ratePath, "total"));
        })];
    }

    private Dictionary<string, string> TaxTitles() =>
        reader.Items(root, Root, "tax_lines")
            .Select(line => (Id: PayloadReader.Find(line, "rate_id")?.ToString(), Label: Label(line)))
            .Where(line => line.Id is not null)
            .GroupBy(line => line.Id!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First().Label, StringComparer.Ordinal);

    private static string Label(JsonElement taxLine) =>
        PayloadReader.Find(taxLine, "label") is { ValueKind: JsonValueKind.String } label
            ? label.GetString()!
            : "Tax";

    private string CouponCodes()
    {
        var codes = reader.Items(root, Root, "coupon_lines")
            .Select(coupon => PayloadReader.Find(coupon, "code"))
            .Where(code => code?.ValueKind == JsonValueKind.String)
            .Select(code => code!.Value.GetString()!)
            .ToList();
        return codes.Count == 0 ? "discount" : string.Join(", ", codes);
    }

    private Money UnitPrice(Money gross, int quantity) =>
        quantity <= 0 ? gross : new Money(Math.Round(gross.Amount / quantity, 4, MidpointRounding.ToEven), currency);

    private Money RequiredMoney(JsonElement parent, string path, string name) =>
        reader.Money(parent, path, name, currency, required: true) ?? Money.Zero(currency);
}

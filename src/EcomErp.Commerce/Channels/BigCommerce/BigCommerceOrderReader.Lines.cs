using System.Text.Json;
using EcomErp.Commerce.Monetary;
using EcomErp.Commerce.Orders;

namespace EcomErp.Commerce.Channels.BigCommerce;

internal sealed partial class BigCommerceOrderReader
{
    private const string Products = "products";

    private CanonicalOrderLine[] ReadLines(string orderId) =>
        [.. reader.Items(root, PayloadReader.Root, Products, required: true)
            .Select((item, index) => ReadLine(item, PayloadReader.PathOf(Products, index), index + 1, orderId))];

    /// <summary>
    /// One order product. Bundled products (<c>is_bundled_product</c>) come as lines of their own priced at zero;
    /// a product that sells a gift certificate is a gift card line.
    /// </summary>
    private CanonicalOrderLine ReadLine(JsonElement item, string path, int lineNo, string orderId)
    {
        var productOrder = reader.Identifier(item, path, "order_id", required: true);
        if (productOrder is not null && productOrder != orderId)
        {
            reader.Report(PayloadReader.PathOf(path, "order_id"),
                $"is {productOrder}, but the order is {orderId}: the product belongs to another order");
        }

        var tax = RequiredMoney(item, path, "total_tax");
        return new CanonicalOrderLine
        {
            LineNo = lineNo,
            ChannelLineId = reader.Identifier(item, path, "id"),
            Sku = reader.Text(item, path, "sku", maxLength: PayloadReader.MaxIdLength) ?? "",
            SkuField = PayloadReader.PathOf(path, "sku"),
            DiscountField = PayloadReader.PathOf(path, "applied_discounts"),
            ChannelVariantId = reader.Identifier(item, path, "variant_id")
                ?? reader.Identifier(item, path, "product_id"),
            Name = reader.Text(item, path, "name", required: true) ?? "",
            Quantity = reader.Quantity(item, path, "quantity") ?? 0,
            UnitPrice = RequiredMoney(item, path, "price_ex_tax"),
            StatedGross = RequiredMoney(item, path, "total_ex_tax"),
            Discounts = ReadAppliedDiscounts(item, path),
            Taxes = tax.IsZero ? [] : [new TaxLine("Tax", null, tax)],
            RequiresShipping = reader.Text(item, path, "type") != "digital",
            IsGiftCard = reader.Identifier(item, path, "gift_certificate_id") is not null,
        };
    }

    private DiscountAllocation[] ReadAppliedDiscounts(JsonElement item, string path)
    {
        var listPath = PayloadReader.PathOf(path, "applied_discounts");
        return [.. reader.Items(item, path, "applied_discounts").Select((discount, index) =>
        {
            var itemPath = PayloadReader.PathOf(listPath, index);
            var source = reader.Text(discount, itemPath, "code") ?? reader.Text(discount, itemPath, "name")
                ?? reader.Identifier(discount, itemPath, "id");
            return new DiscountAllocation(RequiredMoney(discount, itemPath, "amount"), source);
        }).Where(discount => !discount.Amount.IsZero)];
    }

    /// <summary>
    /// The order's discount is <c>discount_amount</c> (manual) plus <c>coupon_discount</c>. When no product
    /// carries an applied discount it is spread over the lines; when products do, their allocations are used as
    /// given and a different sum is recorded as a warning.
    /// </summary>
    private CanonicalOrder SpreadOrderDiscount(CanonicalOrder canonical)
    {
        var manual = reader.Money(order, OrderPath, "discount_amount", currency) ?? Money.Zero(currency);
        var coupons = reader.Money(order, OrderPath, "coupon_discount", currency) ?? Money.Zero(currency);
        var discount = manual + coupons;
        var allocated = Money.Sum(canonical.Lines.Select(line => line.DiscountTotal), currency);
        if (allocated.IsZero)
        {
            return discount.IsZero
                ? canonical
                : IntakeChecks.SpreadDiscount(canonical, discount, $"{OrderPath}.discount_amount", reader);
        }

        return allocated == discount
            ? canonical
            : IntakeChecks.Warn(canonical, $"{OrderPath}.discount_amount", $"The order's discounts come to " +
                $"{discount} but its products carry {allocated}; the products' allocations are used.");
    }

    private Money RequiredMoney(JsonElement parent, string path, string name) =>
        reader.Money(parent, path, name, currency, required: true) ?? Money.Zero(currency);
}

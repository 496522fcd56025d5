using EcomErp.Commerce.Orders;

namespace EcomErp.Commerce.Channels.WooCommerce;

internal sealed partial class WooCommerceOrderReader
{
    private IEnumerable<CanonicalShippingLine> ReadShippingLines() =>
        ReadCharges("shipping_lines", "method_title", "method_id", ChargeKind.Shipping);

    /// <summary>Fee lines are charges too; a negative fee, which WooCommerce allows, is refused.</summary>
    private IEnumerable<CanonicalShippingLine> ReadFeeLines() =>
        ReadCharges("fee_lines", "name", "tax_class", ChargeKind.Fee);

    private IEnumerable<CanonicalShippingLine> ReadCharges(string list, string title, string code, ChargeKind kind) =>
        reader.Items(root, Root, list).Select((item, index) =>
        {
            var path = PayloadReader.PathOf(list, index);
            return new CanonicalShippingLine(
                reader.Text(item, path, title) ?? kind.ToString(),
                PayloadReader.Blank(reader.Text(item, path, code)),
                RequiredMoney(item, path, "total"))
            {
                Kind = kind,
                Taxes = ReadTaxes(item, path),
            };
        }).ToList();
}

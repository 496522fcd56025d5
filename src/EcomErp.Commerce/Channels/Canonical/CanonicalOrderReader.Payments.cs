using EcomErp.Commerce.Orders;

namespace EcomErp.Commerce.Channels.Canonical;

internal sealed partial class CanonicalOrderReader
{
    private Tender[] ReadTenders() =>
        [.. reader.Items(root, Root, "tenders").Select((item, index) =>
        {
            var path = PayloadReader.PathOf("tenders", index);
            var kind = reader.Choice<TenderKind>(item, path, "kind", required: true) ?? TenderKind.Other;
            return new Tender(kind, RequiredMoney(item, path, "amount"),
                reader.Text(item, path, "reference"));
        })];

    private ChannelTotals? ReadClaimedTotals()
    {
        const string path = "claimedTotals";
        return reader.Object(root, Root, path) is { } totals
            ? new ChannelTotals(
                reader.Claim(totals, path, "subtotal", currency),
                reader.Claim(totals, path, "tax", currency),
                reader.Claim(totals, path, "shipping", currency),
                reader.Claim(totals, path, "discounts", currency),
                reader.Claim(totals, path, "total", currency))
            : null;
    }
}

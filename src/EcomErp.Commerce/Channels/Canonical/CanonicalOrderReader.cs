using System.Text.Json;
using EcomErp.Commerce.Monetary;
using EcomErp.Commerce.Orders;

namespace EcomErp.Commerce.Channels.Canonical;

/// <summary>Reads one canonical order payload; a new reader serves each payload.</summary>
internal sealed partial class CanonicalOrderReader(JsonElement root, PayloadReader reader)
{
    private const string Root = PayloadReader.Root;

    private readonly string currency = reader.ShopCurrency(root, "currency");

    public CanonicalOrder Read()
    {
        var channelOrderId = reader.Text(root, Root, "channelOrderId", required: true) ?? "";
        var order = new CanonicalOrder
        {
            ChannelOrderId = channelOrderId,
            OrderName = reader.Text(root, Root, "orderName") ?? channelOrderId,
            PlacedAt = reader.Timestamp(root, Root, "placedAt", required: true) ?? default,
            UpdatedAt = reader.Timestamp(root, Root, "updatedAt"),
            Currency = currency,
            PresentmentCurrency = reader.Currency(root, Root, "presentmentCurrency") ?? currency,
            Customer = ReadCustomer(),
            BillingAddress = ReadAddress("billingAddress"),
            ShippingAddress = ReadAddress("shippingAddress"),
            Lines = ReadLines(),
            ShippingLines = ReadShippingLines(),
            UnallocatedDiscount = NonZero(reader.Money(root, Root, "orderDiscount", currency)),
            ClaimedTotals = ReadClaimedTotals(),
        };
        return Check(WithStatus(order));
    }

    private CanonicalOrder WithStatus(CanonicalOrder order) => order with
    {
        CancelledAt = reader.Timestamp(root, Root, "cancelledAt"),
        CancelReason = reader.Text(root, Root, "cancelReason"),
        FinancialStatus = reader.Text(root, Root, "financialStatus"),
        IsTest = reader.Flag(root, Root, "test", fallback: false),
        Tags = ReadTags(),
    };

    private CanonicalOrder Check(CanonicalOrder order) =>
        reader.HasProblems
            ? order
            : IntakeChecks.CompareClaims(order, "claimedTotals.subtotal", "claimedTotals.total");

    private ChannelTotals? ReadClaimedTotals()
    {
        const string path = "claimedTotals";
        return reader.Object(root, Root, path) is { } totals
            ? new ChannelTotals(
                reader.Money(totals, path, "subtotal", currency),
                reader.Money(totals, path, "tax", currency),
                reader.Money(totals, path, "shipping", currency),
                reader.Money(totals, path, "discounts", currency),
                reader.Money(totals, path, "total", currency))
            : null;
    }

    private string[] ReadTags() =>
        [.. reader.Items(root, Root, "tags")
            .Select((tag, index) => reader.ItemText(tag, PayloadReader.PathOf("tags", index)))
            .OfType<string>()];

    private static Money? NonZero(Money? amount) => amount is { IsZero: false } ? amount : null;
}

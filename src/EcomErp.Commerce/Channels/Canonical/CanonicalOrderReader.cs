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
        var channelOrderId = reader.Text(root, Root, "channelOrderId", required: true, PayloadReader.MaxIdLength) ?? "";
        var presentment = reader.Currency(root, Root, "presentmentCurrency") ?? currency;
        var order = new CanonicalOrder
        {
            ChannelOrderId = channelOrderId,
            OrderName = reader.Text(root, Root, "orderName") ?? channelOrderId,
            PlacedAt = reader.Timestamp(root, Root, "placedAt", required: true) ?? default,
            UpdatedAt = reader.Timestamp(root, Root, "updatedAt"),
            Currency = currency,
            PresentmentCurrency = presentment,
            PresentmentTotal = reader.Claim(root, Root, "presentmentTotal", presentment),
            Customer = ReadCustomer(),
            BillingAddress = ReadAddress("billingAddress"),
            ShippingAddress = ReadAddress("shippingAddress"),
            Lines = ReadLines(),
            ShippingLines = ReadShippingLines(),
            UnallocatedDiscount = NonZero(reader.Money(root, Root, "orderDiscount", currency)),
            Tenders = ReadTenders(),
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

    private CanonicalOrder Check(CanonicalOrder order)
    {
        var priced = order.Lines.Any(line => !line.IsGiftCard && !line.Gross.IsZero);
        if (order.UnallocatedDiscount is { } discount && !priced)
        {
            reader.Report("orderDiscount", $"is {discount} but no line has a price to carry it");
        }

        return reader.HasProblems
            ? order
            : IntakeChecks.CompareClaims(order, "claimedTotals.subtotal", "claimedTotals.total");
    }

    private string[] ReadTags() =>
        [.. reader.Items(root, Root, "tags")
            .Select((tag, index) => reader.ItemText(tag, PayloadReader.PathOf("tags", index)))
            .OfType<string>()];

    private static Money? NonZero(Money? amount) => amount is { IsZero: false } ? amount : null;
}

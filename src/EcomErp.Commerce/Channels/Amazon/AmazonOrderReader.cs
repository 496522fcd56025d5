using System.Text.Json;
using EcomErp.Commerce.Orders;

namespace EcomErp.Commerce.Channels.Amazon;

/// <summary>Reads one Amazon envelope; a new reader serves each payload.</summary>
internal sealed partial class AmazonOrderReader
{
    private const string OrderPath = "order.payload";
    private const string Pages = "orderItems";

    private static readonly AddressFields AddressNames = new("Name", "", "", "CompanyName", "AddressLine1",
        "AddressLine2", "City", "StateOrRegion", "County", "PostalCode", "CountryCode", "Phone");

    private readonly JsonElement order;
    private readonly PayloadReader reader;
    private readonly string currency;

    public AmazonOrderReader(JsonElement root, PayloadReader reader)
    {
        this.reader = reader;
        var envelope = reader.Object(root, PayloadReader.Root, "order", required: true);
        order = envelope is { } value ? reader.Object(value, "order", "payload", required: true) ?? default : default;
        pages = reader.Items(root, PayloadReader.Root, Pages, required: true);
        currency = OrderCurrency();
    }

    public CanonicalOrder Read()
    {
        var id = reader.Text(order, OrderPath, "AmazonOrderId", required: true, PayloadReader.MaxIdLength) ?? "";
        var updatedAt = reader.Timestamp(order, OrderPath, "LastUpdateDate", required: true);
        var cancelled = reader.Text(order, OrderPath, "OrderStatus", required: true) == "Canceled";
        var lines = ReadLines(id);
        var canonical = new CanonicalOrder
        {
            ChannelOrderId = id,
            OrderName = reader.Text(order, OrderPath, "SellerOrderId") ?? id,
            PlacedAt = reader.Timestamp(order, OrderPath, "PurchaseDate", required: true) ?? default,
            UpdatedAt = updatedAt,
            Currency = currency,
            PresentmentCurrency = currency,
            Customer = ReadBuyer(),
            ShippingAddress = reader.Address(order, OrderPath, "ShippingAddress", AddressNames),
            Lines = lines,
            ShippingLines = ReadCharges(),
            Tenders = ReadTenders(),
            ClaimedTotals = new ChannelTotals(null, null, null, null, ReadOrderTotal()),
            CancelledAt = cancelled ? updatedAt : null,
            CancelReason = cancelled ? "cancelled on Amazon" : null,
            FinancialStatus = reader.Text(order, OrderPath, "OrderStatus"),
            Fields = new PayloadFields($"{OrderPath}.OrderTotal.CurrencyCode", Pages, $"{OrderPath}.OrderTotal",
                $"{OrderPath}.PaymentExecutionDetail"),
        };
        return reader.HasProblems ? canonical : IntakeChecks.CompareClaims(canonical, "", $"{OrderPath}.OrderTotal");
    }

    private CustomerContact ReadBuyer()
    {
        const string path = $"{OrderPath}.BuyerInfo";
        var buyer = reader.Object(order, OrderPath, "BuyerInfo");
        var phone = reader.Object(order, OrderPath, "ShippingAddress") is { } address
            ? reader.Text(address, $"{OrderPath}.ShippingAddress", "Phone")
            : null;
        return buyer is { } info
            ? new CustomerContact(reader.Text(info, path, "BuyerEmail"), reader.Text(info, path, "BuyerName"), phone)
            : CustomerContact.Unknown with { Phone = phone };
    }

    /// <summary>
    /// The order's currency: OrderTotal's, or else the first item price's. Every other amount must be in it.
    /// </summary>
    private string OrderCurrency()
    {
        var total = PayloadReader.Find(order, "OrderTotal");
        var firstItem = pages.Select(page => PayloadReader.Find(page, "payload"))
            .SelectMany(payload => payload is { } value ? Items(value) : [])
            .Select(item => PayloadReader.Find(item, "ItemPrice"))
            .FirstOrDefault(price => price is not null);
        var source = total is not null ? total : firstItem;
        var path = total is not null ? $"{OrderPath}.OrderTotal" : $"{Pages}[0].payload.OrderItems[0].ItemPrice";
        return source is { ValueKind: JsonValueKind.Object } money
            ? reader.ShopCurrency(money, path, "CurrencyCode")
            : reader.MissingCurrency($"{OrderPath}.OrderTotal", "is required when no item has an ItemPrice");
    }

    private static IEnumerable<JsonElement> Items(JsonElement payload) =>
        PayloadReader.Find(payload, "OrderItems") is { ValueKind: JsonValueKind.Array } items
            ? items.EnumerateArray()
            : [];
}

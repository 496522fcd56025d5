using System.Net;
using System.Text.Json.Nodes;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Orders;

/// <summary>A Shopify order from intake to journal, on the real server and database.</summary>
public sealed class OrderLifecycleTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly OrderApi api = new(server);

    [Fact]
    public async Task ShopifyOrder_IntakeToShipment_ReservesRoutesInvoicesAndPostsBalancedJournal()
    {
        var before = await api.StockAsync("SKU2006-020", "DC-WEST");

        var orderId = await api.CreateAsync("shopify", Samples.ShopifyOpen(Samples.NewShopifyId()));
        var waiting = await api.GetAsync(orderId);
        var held = await api.StockAsync("SKU2006-020", "DC-WEST");
        var node = (string)waiting["reservations"]![0]!["node"]!;
        var (status, _) = await api.ShipAsync(orderId, FullShipment(waiting, node));
        var done = await api.GetAsync(orderId);
        var after = await api.StockAsync("SKU2006-020", "DC-WEST");

        Assert.Equal("AwaitingShipment", (string)waiting["status"]!);
        Assert.Equal(["AwaitShipment"],
            waiting["workflow"]!["summary"]!["waitingAt"]!.AsArray().Select(e => (string)e!));
        Assert.All(waiting["reservations"]!.AsArray(), r => Assert.Equal("Held", (string)r!["status"]!));
        Assert.Contains(waiting["decisions"]!.AsArray(), d => (string)d!["kind"]! == "fulfillment-routing"
            && d["rulesFired"]!.AsArray().Any(r => (string)r! == "Routing.NodeShipsWholeOrder"));
        Assert.Equal((before.OnHand, before.Reserved + 1), held);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Completed", (string)done["status"]!);
        Assert.Equal((before.OnHand - 1, before.Reserved), after);
        AssertJournalBalancesToTotal(done);
        AssertInvoicedInTheStepThatEndedTheWorkflow(done);
    }

    [Fact]
    public async Task ShopifyDocsSample_CancelledAndVoided_IsRejectedWithReasonsAndReservesNothing()
    {
        var (status, body) = await api.PostOrderAsync("shopify", Samples.ShopifyDocs());
        var orderId = Guid.Parse((string)body["orderId"]!);
        var order = await api.GetAsync(orderId);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("Rejected", (string)body["status"]!);
        Assert.Equal("820982911946154508", (string)order["channelOrderId"]!);
        var reasons = order["validationReasons"]!.AsArray().Select(r => (string)r!).ToList();
        Assert.Contains(reasons, r => r.Contains("cancelled", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("voided", StringComparison.Ordinal));
        Assert.Contains(order["warnings"]!.AsArray(), w => (string)w!["field"]! == "total_discounts");
        Assert.Equal("OrderInvalid", (string)order["workflow"]!["summary"]!["endedBy"]!);
        Assert.Empty(await api.ReservationsAsync(orderId));
    }

    [Fact]
    public async Task ShipmentConfirmation_NodeThatHoldsNothing_IsRefusedNamingTheNode()
    {
        var orderId = await api.CreateAsync("shopify", Samples.ShopifyOpen(Samples.NewShopifyId()));
        var order = await api.GetAsync(orderId);
        var node = (string)order["reservations"]![0]!["node"]! == "DC-EAST" ? "DC-WEST" : "DC-EAST";

        var (status, body) = await api.ShipAsync(orderId, FullShipment(order, node));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.True(body["errors"]!.AsObject().ContainsKey("nodeCode"));
        Assert.Equal("AwaitingShipment", (string)(await api.GetAsync(orderId))["status"]!);
    }

    private static object FullShipment(JsonObject order, string node) => new
    {
        nodeCode = node,
        carrier = "UPS",
        trackingNumber = $"1Z{Guid.NewGuid():N}"[..18],
        lines = order["reservations"]!.AsArray()
            .Select(r => new { lineNo = (int)r!["lineNo"]!, quantity = (int)r["quantity"]! }),
    };

    /// <summary>
    /// The invoice, the journal entry and the workflow's end are written by one step, so they carry one instant.
    /// </summary>
    private static void AssertInvoicedInTheStepThatEndedTheWorkflow(JsonObject order)
    {
        var endedAt = DateTimeOffset.Parse((string)order["workflow"]!["summary"]!["endedAt"]!,
            System.Globalization.CultureInfo.InvariantCulture);
        var issuedAt = DateTimeOffset.Parse((string)order["invoices"]![0]!["issuedAt"]!,
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(endedAt, issuedAt);
    }

    private static void AssertJournalBalancesToTotal(JsonObject order)
    {
        var total = (decimal)order["totals"]!["total"]!;
        var entry = Assert.Single(order["journal"]!.AsArray())!;
        var lines = entry["lines"]!.AsArray();
        var debits = lines.Sum(l => (decimal)l!["debit"]!);
        var credits = lines.Sum(l => (decimal)l!["credit"]!);
        var receivable = lines.Single(l => (string)l!["account"]! == "1100")!;
        Assert.Equal(debits, credits);
        Assert.Equal(total, (decimal)receivable["debit"]!);
        Assert.Equal(429.25m, total);
    }

    [Fact]
    public async Task OrderList_AmountsReadBackFromTheDatabase_AreWrittenWithoutStorageZeros()
    {
        var orderId = await api.CreateAsync("shopify", Samples.ShopifyOpen(Samples.NewShopifyId()));

        var list = await server.Client.GetStringAsync(new Uri("/api/orders?channel=shopify", UriKind.Relative));
        var one = await server.Client.GetStringAsync(new Uri($"/api/orders/{orderId}", UriKind.Relative));

        Assert.Contains("\"total\":429.25", list, StringComparison.Ordinal);
        Assert.DoesNotContain("429.2500", list, StringComparison.Ordinal);
        Assert.Contains("\"total\":429.25", one, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcomErp.Commerce.Inventory;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Orders;

/// <summary>Cancellations from the channel, which the lifecycle workflow handles on its cancellation path.</summary>
public sealed class CancellationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly DateTimeOffset Created = IntakeApi.ShopifyCreated;

    private readonly IntakeApi intake = new(server);
    private readonly OrderApi api = new(server);

    [Fact]
    public async Task CancelledWebhook_ReleasesExactlyThatOrdersStockAndEndsOnTheCancellationPath()
    {
        var id = Samples.NewShopifyId();
        var cancelled = await intake.CreateShopifyAsync(id);
        var kept = await intake.CreateShopifyAsync(Samples.NewShopifyId());
        var before = await api.StockAsync("SKU2006-020", "DC-WEST");

        var (status, body) = await intake.ShopifyAsync(Samples.ShopifyVersion(id, Created.AddHours(2), order =>
        {
            order["cancelled_at"] = Created.AddHours(2).ToString("O");
            order["cancel_reason"] = "customer";
        }), "orders/cancelled", $"evt-{Guid.NewGuid():N}");
        var order = await api.GetAsync(cancelled);

        Assert.Equal((HttpStatusCode.OK, "Cancelled", "Cancelled"),
            (status, (string)body["outcome"]!, (string)body["status"]!));
        Assert.All(await api.ReservationsAsync(cancelled), r => Assert.Equal(ReservationStatus.Released, r.Status));
        Assert.All(await api.ReservationsAsync(kept), r => Assert.Equal(ReservationStatus.Held, r.Status));
        Assert.Equal((before.OnHand, before.Reserved - 1), await api.StockAsync("SKU2006-020", "DC-WEST"));
        AssertEndedOnTheCancellationPath(order);
        Assert.Equal("customer", (string)order["cancelReason"]!);
        Assert.Equal("AwaitingShipment", (string)(await api.GetAsync(kept))["status"]!);
    }

    [Fact]
    public async Task CancelledWebhookTwice_CancelsOnceAndAnswersTheSameAgain()
    {
        var id = Samples.NewShopifyId();
        var orderId = await intake.CreateShopifyAsync(id);
        var body = Samples.ShopifyVersion(id, Created.AddHours(2), o => o["cancelled_at"] = "2026-05-04T13:00:00Z");

        var first = await intake.ShopifyAsync(body, "orders/cancelled", $"evt-{Guid.NewGuid():N}");
        var second = await intake.ShopifyAsync(body, "orders/cancelled", $"evt-{Guid.NewGuid():N}");

        Assert.Equal("Cancelled", (string)first.Body["outcome"]!);
        Assert.Equal(("Unchanged", "Cancelled"), ((string)second.Body["outcome"]!, (string)second.Body["status"]!));
        Assert.Equal("Cancelled", (string)(await api.GetAsync(orderId))["status"]!);
    }

    [Fact]
    public async Task Cancellation_AfterShipment_IsRefusedWithATaskAndTheOrderStaysDone()
    {
        var id = Samples.NewShopifyId();
        var orderId = await intake.CreateShopifyAsync(id);
        await api.ShipAsync(orderId, ChannelChangeTests.FullShipment(await api.GetAsync(orderId)));

        var (status, body) = await intake.ShopifyAsync(Samples.ShopifyVersion(id, Created.AddHours(2),
            o => o["cancelled_at"] = "2026-05-04T13:00:00Z"), "orders/cancelled", $"evt-{Guid.NewGuid():N}");

        Assert.Equal((HttpStatusCode.OK, "ChangeRefused"), (status, (string)body["outcome"]!));
        Assert.Equal("Completed", (string)(await api.GetAsync(orderId))["status"]!);
        Assert.Contains(await api.OpenTasksAsync(orderId), task => (string)task!["elementId"]! == "ResolveChange");
    }

    [Fact]
    public async Task CancelEndpoint_FromTheOrdersChannel_CancelsThroughTheWorkflow()
    {
        var orderId = await api.CreateAsync("webstore", Samples.Canonical("order.json", $"CX-{Guid.NewGuid():N}"));
        using var webstore = await server.ClientForAsync(Commerce.Credentials.PrincipalKind.Channel, "webstore");

        var response = await webstore.PostAsJsonAsync(new Uri($"/api/orders/{orderId}/cancel", UriKind.Relative),
            new { reason = "out of stock at the supplier" });
        var order = await api.GetAsync(orderId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Cancelled", (string)order["status"]!);
        AssertEndedOnTheCancellationPath(order);
        Assert.All(await api.ReservationsAsync(orderId), r => Assert.Equal(ReservationStatus.Released, r.Status));
    }

    [Fact]
    public async Task CancelEndpoint_WorkflowNoLongerListening_IsAConflictNotAPromise()
    {
        var (_, created) = await api.PostOrderAsync("webstore",
            Samples.Canonical("order.json", $"CX-{Guid.NewGuid():N}"));
        var orderId = Guid.Parse((string)created["orderId"]!);
        await server.Engine.CancelInstanceAsync(Guid.Parse((string)created["instanceId"]!), "stopped by the test");

        var response = await server.Client.PostAsJsonAsync(
            new Uri($"/api/orders/{orderId}/cancel", UriKind.Relative), new { reason = "customer changed mind" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("AwaitingShipment", (string)(await api.GetAsync(orderId))["status"]!);
    }

    [Fact]
    public async Task CancellationBeforeTheCreate_IsParkedAndTheOrderIsNeverReserved()
    {
        var id = Samples.NewShopifyId();

        var (parked, _) = await intake.ShopifyAsync(Samples.ShopifyVersion(id, Created.AddHours(2),
            o => o["cancelled_at"] = "2026-05-04T13:00:00Z"), "orders/cancelled", $"evt-{Guid.NewGuid():N}");
        var orderId = await intake.CreateShopifyAsync(id);

        Assert.Equal(HttpStatusCode.Accepted, parked);
        Assert.Equal("Rejected", (string)(await api.GetAsync(orderId))["status"]!);
        Assert.Empty(await api.ReservationsAsync(orderId));
    }

    /// <summary>The instance completed through the cancellation event subprocess, and says so.</summary>
    private static void AssertEndedOnTheCancellationPath(JsonObject order)
    {
        var workflow = order["workflow"]!;
        Assert.Equal("Completed", (string)workflow["summary"]!["status"]!);
        Assert.Equal("OrderCancelled", (string)workflow["summary"]!["endedBy"]!);
        var journal = workflow["journal"]!.AsArray();
        Assert.Contains(journal,
            e => (string?)e!["elementId"] == "CancelOrder" && (string)e["kind"]! == "ElementCompleted");
        Assert.Contains(journal, e => (string?)e!["elementId"] == "OrderCancelled");
        Assert.DoesNotContain(journal, e => (string?)e!["elementId"] is "OrderCompleted" or "Invoice");
    }
}

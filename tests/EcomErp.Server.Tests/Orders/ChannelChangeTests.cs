using System.Net;
using System.Text.Json.Nodes;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Orders;

/// <summary>Changes a channel sends for an order the service already works on.</summary>
public sealed class ChannelChangeTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly DateTimeOffset Created = IntakeApi.ShopifyCreated;

    private readonly IntakeApi intake = new(server);
    private readonly OrderApi api = new(server);

    [Fact]
    public async Task AddressChange_AfterStockIsReserved_IsApplied()
    {
        var id = Samples.NewShopifyId();
        var orderId = await intake.CreateShopifyAsync(id);

        var (status, body) = await UpdateAsync(id, order => order["shipping_address"]!["address1"] = "1 New Street");
        var order = await api.GetAsync(orderId);

        Assert.Equal((HttpStatusCode.OK, "Updated"), (status, (string)body["outcome"]!));
        Assert.Equal("1 New Street", (string)order["shippingAddress"]!["line1"]!);
        Assert.Equal("AwaitingShipment", (string)order["status"]!);
    }

    [Fact]
    public async Task LineChange_AfterStockIsReserved_IsRefusedWithAnExceptionTask()
    {
        var id = Samples.NewShopifyId();
        var orderId = await intake.CreateShopifyAsync(id);

        var (status, body) = await UpdateAsync(id, order => Samples.SetShopifyQuantity(order, 2, 4));
        var order = await api.GetAsync(orderId);
        var task = Assert.Single(await api.OpenTasksAsync(orderId))!;

        Assert.Equal((HttpStatusCode.OK, "ChangeRefused"), (status, (string)body["outcome"]!));
        Assert.Contains("already reserved", (string)body["reason"]!, StringComparison.Ordinal);
        Assert.Equal(1, (int)order["lines"]![2]!["quantity"]!);
        Assert.Equal("ResolveChange", (string)task["elementId"]!);
        Assert.Equal((string)body["exceptionInstanceId"]!, (string)task["instanceId"]!);
        Assert.Equal((string)body["reason"]!, (string)task["input"]!["reason"]!);
        Assert.Equal((long)body["intakeId"]!, (long)task["input"]!["intakeId"]!);
    }

    [Fact]
    public async Task LineChange_WhileTheOrderWaitsForFraudReview_IsApplied()
    {
        var channelOrderId = $"FR-{Guid.NewGuid():N}";
        var orderId = await api.CreateAsync("webstore", Samples.Canonical("order-fraud-review.json", channelOrderId));
        var changed = Samples.Edit("canonical/order-fraud-review.json", order =>
        {
            order["channelOrderId"] = channelOrderId;
            order["updatedAt"] = "2030-01-01T00:00:00Z";
            order["lines"]![0]!["quantity"] = 2;
            order["claimedTotals"] = null;
        });

        var (status, body) = await IntakeApi.PostAsync(server.Client, "/api/channels/webstore/orders", changed,
            ("X-EcomErp-Topic", "update"));
        var order = await api.GetAsync(orderId);

        Assert.Equal((HttpStatusCode.OK, "Updated"), (status, (string)body["outcome"]!));
        Assert.Equal(("InReview", 2), ((string)order["status"]!, (int)order["lines"]![0]!["quantity"]!));
    }

    [Fact]
    public async Task AnyChange_AfterShipment_IsRefusedWithTheReasonAndATask()
    {
        var id = Samples.NewShopifyId();
        var orderId = await intake.CreateShopifyAsync(id);
        var order = await api.GetAsync(orderId);
        await api.ShipAsync(orderId, FullShipment(order));

        var (status, body) = await UpdateAsync(id, order => order["shipping_address"]!["address1"] = "Too late");

        Assert.Equal((HttpStatusCode.OK, "ChangeRefused"), (status, (string)body["outcome"]!));
        Assert.Contains("has shipped", (string)body["reason"]!, StringComparison.Ordinal);
        Assert.NotEqual("Too late", (string)(await api.GetAsync(orderId))["shippingAddress"]!["line1"]!);
        Assert.Contains(await api.OpenTasksAsync(orderId), task => (string)task!["elementId"]! == "ResolveChange");
    }

    private Task<(HttpStatusCode Status, JsonObject Body)> UpdateAsync(long id, Action<JsonObject> change) =>
        intake.ShopifyAsync(Samples.ShopifyVersion(id, Created.AddHours(1), change), "orders/updated",
            $"evt-{Guid.NewGuid():N}");

    internal static object FullShipment(JsonObject order) => new
    {
        nodeCode = (string)order["reservations"]![0]!["node"]!,
        carrier = "UPS",
        trackingNumber = $"1Z{Guid.NewGuid():N}"[..18],
        lines = order["reservations"]!.AsArray()
            .Select(r => new { lineNo = (int)r!["lineNo"]!, quantity = (int)r["quantity"]! }),
    };
}

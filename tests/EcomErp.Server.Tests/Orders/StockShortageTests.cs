using System.Net;
using System.Net.Http.Json;
using EcomErp.Commerce.Inventory;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Orders;

/// <summary>
/// An order whose stock cannot be reserved waits on hold for operations, saying which SKU is short and by how
/// much; stock arriving carries it on by itself, a person may retry it, and a cancel rejects it holding nothing.
/// </summary>
public sealed class StockShortageTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly OrderApi api = new(server);

    [Fact]
    public async Task ShortOrder_IsOnHoldWithTheShortageAsItsReason()
    {
        var (orderId, sku) = await CreateShortOrderAsync();

        var order = await api.GetAsync(orderId);
        var task = Assert.Single(await api.OpenTasksAsync(orderId))!;

        Assert.Equal("OnHold", (string)order["status"]!);
        var reason = (string)Assert.Single(order["validationReasons"]!.AsArray())!;
        Assert.Contains(sku, reason, StringComparison.Ordinal);
        Assert.Contains("4 asked for, 0 available", reason, StringComparison.Ordinal);
        Assert.Equal("StockShortage", (string)task["elementId"]!);
        Assert.Equal(sku, (string)task["input"]!["shortages"]![0]!["sku"]!);
    }

    [Fact]
    public async Task ShortOrder_StockArrives_GoesOnToShipmentWithoutAPerson()
    {
        var (orderId, sku) = await CreateShortOrderAsync();

        await ReceiveAsync(sku, 10);
        var order = await api.GetAsync(orderId);

        Assert.Equal("AwaitingShipment", (string)order["status"]!);
        Assert.Empty(order["validationReasons"]!.AsArray());
        Assert.Empty(await api.OpenTasksAsync(orderId));
        Assert.Contains(await api.ReservationsAsync(orderId),
            r => r.Sku == sku && r.Quantity == 4 && r.Status == ReservationStatus.Held);
        Assert.Contains(order["workflow"]!["journal"]!.AsArray(),
            entry => (string?)entry!["elementId"] == "StockArrived");
    }

    [Fact]
    public async Task ShortOrder_StockReleasedByACancelledOrder_GoesOnToShipment()
    {
        var sku = await api.CreateSkuAsync("FREED");
        await ReceiveAsync(sku, 2);
        var first = await api.CreateAsync("webstore", OneLineOrder.Json(sku, quantity: 2));
        var second = await api.CreateAsync("webstore", OneLineOrder.Json(sku, quantity: 2));
        var held = await api.GetAsync(second);

        var cancel = await server.Client.PostAsJsonAsync(new Uri($"/api/orders/{first}/cancel", UriKind.Relative),
            new { reason = "customer changed mind" });
        var order = await api.GetAsync(second);

        Assert.Equal("OnHold", (string)held["status"]!);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal("AwaitingShipment", (string)order["status"]!);
    }

    [Fact]
    public async Task ShortOrder_TooLittleStockArrives_IsHeldAgainWithTheNewFigures()
    {
        var (orderId, sku) = await CreateShortOrderAsync();
        var first = Assert.Single(await api.OpenTasksAsync(orderId))!;

        await ReceiveAsync(sku, 1);
        var order = await api.GetAsync(orderId);
        var second = Assert.Single(await api.OpenTasksAsync(orderId))!;

        Assert.Equal("OnHold", (string)order["status"]!);
        var reason = (string)Assert.Single(order["validationReasons"]!.AsArray())!;
        Assert.Contains("4 asked for, 1 available", reason, StringComparison.Ordinal);
        Assert.Equal("StockShortage", (string)second["elementId"]!);
        Assert.NotEqual((string)first["id"]!, (string)second["id"]!);
    }

    [Fact]
    public async Task ShortOrder_RetriedByAPersonWhileStillShort_StaysOnHoldWithANewTask()
    {
        var (orderId, _) = await CreateShortOrderAsync();
        var first = Assert.Single(await api.OpenTasksAsync(orderId))!;

        var completed = await api.CompleteTaskAsync(Guid.Parse((string)first["id"]!), "retry");
        var order = await api.GetAsync(orderId);

        Assert.Equal(HttpStatusCode.OK, completed);
        Assert.Equal("OnHold", (string)order["status"]!);
        Assert.Equal("StockShortage", (string)Assert.Single(await api.OpenTasksAsync(orderId))!["elementId"]!);
    }

    [Fact]
    public async Task ShortOrder_Cancelled_IsRejectedHoldingNothing()
    {
        var (orderId, _) = await CreateShortOrderAsync();
        var task = Assert.Single(await api.OpenTasksAsync(orderId))!;

        await api.CompleteTaskAsync(Guid.Parse((string)task["id"]!), "cancel");
        var order = await api.GetAsync(orderId);

        Assert.Equal("Rejected", (string)order["status"]!);
        Assert.Contains(order["validationReasons"]!.AsArray(),
            r => ((string)r!).Contains("stock could not be reserved", StringComparison.Ordinal));
        Assert.DoesNotContain(await api.ReservationsAsync(orderId), r => r.Status == ReservationStatus.Held);
    }

    /// <summary>
    /// The canonical sample with its mug line (4 units) changed to a SKU of its own that has no stock, so that
    /// each test's shortage is its own.
    /// </summary>
    private async Task<(Guid OrderId, string Sku)> CreateShortOrderAsync()
    {
        var sku = await api.CreateSkuAsync("SHORT");
        var json = Samples.Edit("canonical/order.json", order =>
        {
            order["channelOrderId"] = $"SH-{Guid.NewGuid():N}";
            order["lines"]![1]!["sku"] = sku;
        });
        return (await api.CreateAsync("webstore", json), sku);
    }

    private Task ReceiveAsync(string sku, int quantity) => api.ReceiveAsync(sku, "DC-WEST", quantity);
}

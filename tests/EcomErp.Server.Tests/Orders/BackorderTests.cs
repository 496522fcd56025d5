using System.Net;
using System.Net.Http.Json;
using EcomErp.Commerce.Inventory;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Orders;

/// <summary>
/// A channel that sells on backorder holds what it can of a short order and keeps the rest as backorders, which
/// the next receipt of the SKU fills without anyone retrying the order.
/// </summary>
public sealed class BackorderTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly OrderApi api = new(server);

    [Fact]
    public async Task Backorder_FilledByTheNextReceipt_AndTheOrderGoesOnToShipment()
    {
        var policy = await server.Client.PutAsJsonAsync(
            new Uri("/api/inventory/channels/webstore/policy", UriKind.Relative), new { allowBackorders = true });
        Assert.Equal(HttpStatusCode.OK, policy.StatusCode);
        var sku = await api.CreateSkuAsync("BACK");
        await api.ReceiveAsync(sku, "DC-WEST", 1);
        var orderId = await api.CreateAsync("webstore", OneLineOrder.Json(sku, quantity: 3));
        var backordered = await RowsAsync(orderId);

        await api.ReceiveAsync(sku, "DC-WEST", 5);
        var order = await api.GetAsync(orderId);

        Assert.Equal([(ReservationStatus.Held, 1), (ReservationStatus.Backordered, 2)], backordered);
        Assert.Equal("AwaitingShipment", (string)order["status"]!);
        Assert.Equal(3, (await api.ReservationsAsync(orderId))
            .Where(r => r.Status == ReservationStatus.Held).Sum(r => r.Quantity));
        Assert.Empty(await api.OpenTasksAsync(orderId));
    }

    [Fact]
    public async Task ShortOrder_StockCountedInASnapshot_GoesOnToShipment()
    {
        var sku = await api.CreateSkuAsync("COUNT");
        var orderId = await api.CreateAsync("webstore", OneLineOrder.Json(sku, quantity: 2));
        var held = await api.GetAsync(orderId);

        var snapshot = await server.Client.PostAsJsonAsync(new Uri("/api/inventory/snapshots", UriKind.Relative),
            new
            {
                source = "wms", reference = $"COUNT-{Guid.NewGuid():N}",
                lines = new[] { new { sku, node = "DC-EAST", onHand = 4 } },
            });
        var order = await api.GetAsync(orderId);

        Assert.Equal("OnHold", (string)held["status"]!);
        Assert.Equal(HttpStatusCode.OK, snapshot.StatusCode);
        Assert.Equal("AwaitingShipment", (string)order["status"]!);
    }

    private async Task<List<(ReservationStatus, int)>> RowsAsync(Guid orderId) =>
        [.. (await api.ReservationsAsync(orderId)).OrderBy(r => r.Status).Select(r => (r.Status, r.Quantity))];
}

using System.Net;
using EcomErp.Commerce.Inventory;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Orders;

/// <summary>
/// A line larger than any one node's shelf, which the nodes can cover together: it is reserved across the
/// network, routed in parts, and shipped by each node for its part.
/// </summary>
public sealed class SplitLineTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly OrderApi api = new(server);

    [Fact]
    public async Task LineNoSingleNodeCovers_IsRoutedInPartsAndCompletesWhenEveryPartHasShipped()
    {
        var sku = await api.CreateSkuAsync("SPLIT");
        await api.ReceiveAsync(sku, "DC-EAST", 10);
        await api.ReceiveAsync(sku, "DC-WEST", 10);
        var orderId = await api.CreateAsync("webstore", OneLineOrder.Json(sku, quantity: 15));

        var routed = await api.GetAsync(orderId);
        var held = (await api.ReservationsAsync(orderId)).Where(r => r.Status == ReservationStatus.Held)
            .OrderBy(r => r.NodeCode).Select(r => (r.NodeCode, r.Quantity)).ToList();
        var (eastStatus, afterEast) = await api.ShipAsync(orderId, Part("DC-EAST", 10));
        var (westStatus, afterWest) = await api.ShipAsync(orderId, Part("DC-WEST", 5));

        Assert.Equal("AwaitingShipment", (string)routed["status"]!);
        Assert.Equal([("DC-EAST", 10), ("DC-WEST", 5)], held);
        Assert.Contains(routed["decisions"]!.AsArray(), d => (string)d!["kind"]! == "fulfillment-routing"
            && d["rulesFired"]!.AsArray().Any(r => (string)r! == "Routing.SplitLineAcrossNodes"));
        Assert.Equal((HttpStatusCode.OK, "AwaitingShipment"), (eastStatus, (string)afterEast["status"]!));
        Assert.Equal((HttpStatusCode.OK, "Completed"), (westStatus, (string)afterWest["status"]!));
        Assert.Equal((0, 0), await api.StockAsync(sku, "DC-EAST"));
        Assert.Equal((5, 0), await api.StockAsync(sku, "DC-WEST"));
    }

    private static object Part(string node, int quantity) => new
    {
        nodeCode = node,
        carrier = "UPS",
        trackingNumber = $"1Z{Guid.NewGuid():N}"[..18],
        lines = new[] { new { lineNo = 1, quantity } },
    };
}

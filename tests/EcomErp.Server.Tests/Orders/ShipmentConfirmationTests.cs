using System.Net;
using System.Text.Json.Nodes;
using EcomErp.Commerce.Persistence;
using EcomErp.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Server.Tests.Orders;

/// <summary>What a node may confirm, and what a repeated or untimely confirmation does.</summary>
public sealed class ShipmentConfirmationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly OrderApi api = new(server);

    [Fact]
    public async Task Ship_LineListedTwiceAndLineThatDoesNotExist_IsRefusedNamingBoth()
    {
        var (orderId, node) = await AwaitingShipmentAsync();

        var (status, body) = await api.ShipAsync(orderId, Shipment(node, "T-DUP", (1, 1), (1, 1), (9, 1)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var errors = body["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("lines[1].lineNo"), body.ToJsonString());
        Assert.True(errors.ContainsKey("lines[2].lineNo"), body.ToJsonString());
        Assert.Empty(await ShipmentsAsync(orderId));
    }

    [Fact]
    public async Task Ship_TrackingNumberAgainFromAnotherNode_IsAConflictNamingTheNode()
    {
        var (orderId, node) = await AwaitingShipmentAsync();
        var other = node == "DC-EAST" ? "DC-WEST" : "DC-EAST";
        await api.ShipAsync(orderId, Shipment(node, "T-NODE", (1, 1)));

        var (status, body) = await api.ShipAsync(orderId, Shipment(other, "T-NODE", (1, 1)));

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.True(body["errors"]!.AsObject().ContainsKey("nodeCode"), body.ToJsonString());
        Assert.Single(await ShipmentsAsync(orderId));
    }

    [Fact]
    public async Task Ship_FinalShipmentSentTwice_SecondAnswersDuplicateAndChangesNothing()
    {
        var (orderId, node) = await AwaitingShipmentAsync();
        var all = Shipment(node, "T-ALL", (1, 1), (2, 1), (3, 1), (4, 1), (5, 1));

        var (first, _) = await api.ShipAsync(orderId, all);
        var (second, body) = await api.ShipAsync(orderId, all);
        var (other, _) = await api.ShipAsync(orderId, Shipment(node, "T-ALL", (1, 1)));

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.OK, second);
        Assert.True((bool)body["duplicate"]!);
        Assert.Equal("Completed", (string)body["status"]!);
        Assert.Equal(HttpStatusCode.Conflict, other);
        Assert.Single(await ShipmentsAsync(orderId));
    }

    [Fact]
    public async Task Ship_WorkflowNotWaitingForShipment_IsRefusedAndNotRememberedAsSent()
    {
        var (orderId, node) = await AwaitingShipmentAsync();
        var order = await api.GetAsync(orderId);
        await server.Engine.CancelInstanceAsync(Guid.Parse((string)order["workflow"]!["summary"]!["id"]!), "test");

        var (status, _) = await api.ShipAsync(orderId, Shipment(node, "T-LATE", (1, 1)));
        var (again, body) = await api.ShipAsync(orderId, Shipment(node, "T-LATE", (1, 1)));

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Contains("not waiting for a shipment", (string)body["title"]!, StringComparison.Ordinal);
        Assert.Empty(await ShipmentsAsync(orderId));
    }

    private async Task<(Guid OrderId, string Node)> AwaitingShipmentAsync()
    {
        var orderId = await api.CreateAsync("shopify", Samples.ShopifyOpen(Samples.NewShopifyId()));
        var order = await api.GetAsync(orderId);
        return (orderId, (string)order["reservations"]![0]!["node"]!);
    }

    private static object Shipment(string node, string tracking, params (int LineNo, int Quantity)[] lines) => new
    {
        nodeCode = node,
        carrier = "UPS",
        trackingNumber = tracking,
        lines = lines.Select(l => new { lineNo = l.LineNo, quantity = l.Quantity }),
    };

    private async Task<List<JsonObject>> ShipmentsAsync(Guid orderId)
    {
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(server.ConnectionString));
        var shipments = await db.Shipments.AsNoTracking().Where(s => s.OrderId == orderId).ToListAsync();
        return [.. shipments.Select(s => new JsonObject { ["tracking"] = s.TrackingNumber })];
    }
}

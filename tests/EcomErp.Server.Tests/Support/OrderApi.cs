using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Server.Tests.Support;

/// <summary>The HTTP calls and database reads the order tests repeat.</summary>
internal sealed class OrderApi(ServerFixture server)
{
    public async Task<(HttpStatusCode Status, JsonObject Body)> PostOrderAsync(string channel, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        var response = await server.Client.PostAsync(Relative($"/api/channels/{channel}/orders"), content);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    public async Task<Guid> CreateAsync(string channel, string json)
    {
        var (status, body) = await PostOrderAsync(channel, json);
        Assert.Equal(HttpStatusCode.Created, status);
        return Guid.Parse((string)body["orderId"]!);
    }

    public async Task<JsonObject> GetAsync(Guid orderId) =>
        (await server.Client.GetFromJsonAsync<JsonObject>(new Uri($"/api/orders/{orderId}", UriKind.Relative)))!;

    public async Task<(HttpStatusCode Status, JsonObject Body)> ShipAsync(Guid orderId, object shipment)
    {
        var response = await server.Client.PostAsJsonAsync(Relative($"/api/orders/{orderId}/shipments"), shipment);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    public async Task<JsonArray> OpenTasksAsync(Guid orderId) =>
        (await server.Client.GetFromJsonAsync<JsonArray>(Relative($"/api/tasks?businessKey={orderId}")))!;

    public async Task<HttpStatusCode> CompleteTaskAsync(Guid taskId, string outcome)
    {
        var response = await server.Client.PostAsJsonAsync(new Uri($"/api/tasks/{taskId}/complete", UriKind.Relative),
            new { outcome, comment = "checked by the test" });
        return response.StatusCode;
    }

    /// <summary>A new catalogue SKU of the test's own, so that its stock figures are the test's alone.</summary>
    public async Task<string> CreateSkuAsync(string prefix)
    {
        var sku = $"{prefix}-{Guid.NewGuid():N}"[..20];
        var created = await server.Client.PostAsJsonAsync(Relative("/api/skus"), new { code = sku, name = prefix });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return sku;
    }

    /// <summary>Receives <paramref name="quantity"/> units of a SKU at a node, under a reference of its own.</summary>
    public async Task ReceiveAsync(string sku, string node, int quantity)
    {
        var response = await server.Client.PostAsJsonAsync(Relative("/api/inventory/receipts"), new
        {
            lines = new[] { new { sku, node, quantity, reference = $"R-{Guid.NewGuid():N}" } },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>On hand and reserved of one SKU at one node.</summary>
    public async Task<(int OnHand, int Reserved)> StockAsync(string sku, string node)
    {
        await using var db = Commerce();
        var position = await db.StockPositions.AsNoTracking().SingleAsync(p => p.Sku == sku && p.NodeCode == node);
        return (position.OnHand, position.Reserved);
    }

    public async Task<List<Reservation>> ReservationsAsync(Guid orderId)
    {
        await using var db = Commerce();
        return await db.Reservations.AsNoTracking().Where(r => r.OrderId == orderId).ToListAsync();
    }

    public async Task<(int Orders, int Instances)> CountsAsync()
    {
        await using var db = Commerce();
        var orders = await db.Orders.CountAsync();
        var instances = await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM workflow.instances")
            .SingleAsync();
        return (orders, instances);
    }

    public CommerceDbContext Commerce() => new(CommerceDatabase.CreateOptions(server.ConnectionString));

    private static Uri Relative(string path) => new(path, UriKind.Relative);
}

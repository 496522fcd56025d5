using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Api;

public sealed class InstanceEndpointsTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task CancelInstance_OrdersLifecycleInstance_IsRefusedAndPointsAtTheOrderCancellation()
    {
        var api = new OrderApi(server);
        var orderId = await api.CreateAsync("shopify", Samples.ShopifyOpen(Samples.NewShopifyId()));
        var instanceId = (string)(await api.GetAsync(orderId))["workflow"]!["summary"]!["id"]!;

        var response = await server.Client.PostAsJsonAsync(
            new Uri($"/api/instances/{instanceId}/cancel", UriKind.Relative), new { reason = "test" });
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        var order = await api.GetAsync(orderId);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains($"/api/orders/{orderId}/cancel", (string)problem!["title"]!, StringComparison.Ordinal);
        Assert.Equal("Running", (string)order["workflow"]!["summary"]!["status"]!);
        Assert.All(await api.ReservationsAsync(orderId),
            r => Assert.Equal(Commerce.Inventory.ReservationStatus.Held, r.Status));
    }
}

using System.Net;
using System.Net.Http.Json;
using EcomErp.Commerce.Credentials;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Inventory;

/// <summary>Who may read and report stock: channels their own figures, warehouse clients their own nodes.</summary>
public sealed class InventoryAccessTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Availability_ChannelKeyForAnotherChannel_AnswersNotFound()
    {
        using var shopify = await server.ClientForAsync(PrincipalKind.Channel, "shopify");

        var own = await shopify.GetAsync(new Uri("/api/channels/shopify/availability", UriKind.Relative));
        var other = await shopify.GetAsync(new Uri("/api/channels/webstore/availability", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task Receipts_WarehouseKeyForAnotherNode_IsRefusedAndBooksNothing()
    {
        using var east = await server.ClientForAsync(PrincipalKind.Warehouse, "east-3pl");
        var api = new OrderApi(server);
        var before = await api.StockAsync("WS-MUG-STONE", "DC-WEST");

        var foreign = await east.PostAsJsonAsync(new Uri("/api/inventory/receipts", UriKind.Relative),
            new { lines = new[] { new { sku = "WS-MUG-STONE", node = "DC-WEST", quantity = 5, reference = "R-1" } } });
        var own = await east.PostAsJsonAsync(new Uri("/api/inventory/receipts", UriKind.Relative),
            new { lines = new[] { new { sku = "WS-MUG-STONE", node = "DC-EAST", quantity = 5, reference = "R-2" } } });

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Contains("lines[0].node", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(before, await api.StockAsync("WS-MUG-STONE", "DC-WEST"));
    }

    [Fact]
    public async Task InventoryExplain_ChannelKey_IsForbidden()
    {
        using var shopify = await server.ClientForAsync(PrincipalKind.Channel, "shopify");

        var response = await shopify.GetAsync(new Uri("/api/inventory/WS-MUG-STONE", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcomErp.Commerce.Credentials;
using EcomErp.Commerce.Inventory;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Security;

public sealed class ApiKeyScopeTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly OrderApi api = new(server);

    [Fact]
    public async Task ChannelKey_ReadingAnotherChannelsOrder_Gets404()
    {
        var orderId = await api.CreateAsync("webstore", Samples.Canonical("order.json", $"SC-{Guid.NewGuid():N}"));
        using var shopify = await server.ClientForAsync(PrincipalKind.Channel, "shopify");
        using var webstore = await server.ClientForAsync(PrincipalKind.Channel, "webstore");

        var foreign = await shopify.GetAsync(new Uri($"/api/orders/{orderId}", UriKind.Relative));
        var own = await webstore.GetAsync(new Uri($"/api/orders/{orderId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task ChannelKey_CancellingAnotherChannelsOrder_Gets404AndNothingChanges()
    {
        var orderId = await api.CreateAsync("webstore", Samples.Canonical("order.json", $"SC-{Guid.NewGuid():N}"));
        using var shopify = await server.ClientForAsync(PrincipalKind.Channel, "shopify");

        var response = await shopify.PostAsJsonAsync(new Uri($"/api/orders/{orderId}/cancel", UriKind.Relative),
            new { reason = "not mine" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("AwaitingShipment", (string)(await api.GetAsync(orderId))["status"]!);
        Assert.All(await api.ReservationsAsync(orderId), r => Assert.Equal(ReservationStatus.Held, r.Status));
    }

    [Fact]
    public async Task ChannelKey_PostingToAnotherChannel_Gets404AndStoresNothing()
    {
        using var shopify = await server.ClientForAsync(PrincipalKind.Channel, "shopify");
        var before = await api.CountsAsync();

        var (status, _) = await IntakeApi.PostAsync(shopify, "/api/channels/webstore/orders",
            Samples.Canonical("order.json", $"SC-{Guid.NewGuid():N}"));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(before, await api.CountsAsync());
    }

    [Fact]
    public async Task ChannelKey_ListingOrders_SeesOnlyItsOwnChannel()
    {
        await api.CreateAsync("webstore", Samples.Canonical("order.json", $"SC-{Guid.NewGuid():N}"));
        await api.CreateAsync("shopify", Samples.ShopifyOpen(Samples.NewShopifyId()));
        using var webstore = await server.ClientForAsync(PrincipalKind.Channel, "webstore");

        var own = await webstore.GetFromJsonAsync<JsonArray>(new Uri("/api/orders", UriKind.Relative));
        var asked = await webstore.GetFromJsonAsync<JsonArray>(
            new Uri("/api/orders?channel=shopify", UriKind.Relative));

        Assert.NotEmpty(own!);
        Assert.All(own!, order => Assert.Equal("webstore", (string)order!["channel"]!));
        Assert.Empty(asked!);
    }

    [Fact]
    public async Task ChannelAndWarehouseKeys_OnOperationsEndpoints_Get403()
    {
        using var channel = await server.ClientForAsync(PrincipalKind.Channel, "shopify");
        using var warehouse = await server.ClientForAsync(PrincipalKind.Warehouse, "east-3pl");

        var workflows = await channel.GetAsync(new Uri("/api/workflows", UriKind.Relative));
        var keys = await channel.GetAsync(new Uri("/api/keys", UriKind.Relative));
        var orders = await warehouse.GetAsync(new Uri("/api/orders", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, workflows.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, keys.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, orders.StatusCode);
    }

    [Theory]
    [InlineData("/api/orders")]
    [InlineData("/api/tasks")]
    [InlineData("/api/instances")]
    [InlineData("/api/intake")]
    public async Task NoKeyOrAMalformedOne_IsRefusedWith401_ButHealthAnswers(string path)
    {
        using var anonymous = server.CreateClient(null);
        using var malformed = server.CreateClient("ek_not-a-key");

        var refused = await anonymous.GetAsync(new Uri(path, UriKind.Relative));
        var bad = await malformed.GetAsync(new Uri(path, UriKind.Relative));
        var health = await anonymous.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task WarehouseKey_ShipsFromItsOwnNodeOnly()
    {
        var orderId = await api.CreateAsync("shopify", Samples.ShopifyOpen(Samples.NewShopifyId()));
        var order = await api.GetAsync(orderId);
        var node = (string)order["reservations"]![0]!["node"]!;
        var (ownClient, otherClient) = node == "DC-EAST" ? ("east-3pl", "west-3pl") : ("west-3pl", "east-3pl");
        using var own = await server.ClientForAsync(PrincipalKind.Warehouse, ownClient);
        using var other = await server.ClientForAsync(PrincipalKind.Warehouse, otherClient);

        var refused = await other.PostAsJsonAsync(new Uri($"/api/orders/{orderId}/shipments", UriKind.Relative),
            Shipment(order, node));
        var shipped = await own.PostAsJsonAsync(new Uri($"/api/orders/{orderId}/shipments", UriKind.Relative),
            Shipment(order, node));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.True((await IntakeApi.BodyAsync(refused))["errors"]!.AsObject().ContainsKey("nodeCode"));
        Assert.Equal(HttpStatusCode.OK, shipped.StatusCode);
        Assert.Equal("Completed", (string)(await api.GetAsync(orderId))["status"]!);
    }

    private static object Shipment(JsonObject order, string node) => new
    {
        nodeCode = node,
        carrier = "UPS",
        trackingNumber = $"1Z{Guid.NewGuid():N}"[..18],
        lines = order["reservations"]!.AsArray()
            .Select(r => new { lineNo = (int)r!["lineNo"]!, quantity = (int)r["quantity"]! }),
    };
}

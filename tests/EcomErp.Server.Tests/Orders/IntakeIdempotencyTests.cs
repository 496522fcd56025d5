using System.Net;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Orders;

public sealed class IntakeIdempotencyTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly OrderApi api = new(server);

    [Fact]
    public async Task SameWebhookTwice_Sequentially_ReturnsFirstResultAndCreatesNothing()
    {
        var json = Samples.ShopifyOpen(Samples.NewShopifyId());

        var (firstStatus, first) = await api.PostOrderAsync("shopify", json);
        var counts = await api.CountsAsync();
        var (secondStatus, second) = await api.PostOrderAsync("shopify", json);

        Assert.Equal(HttpStatusCode.Created, firstStatus);
        Assert.Equal(HttpStatusCode.OK, secondStatus);
        Assert.Equal((string)first["orderId"]!, (string)second["orderId"]!);
        Assert.Equal((string)first["instanceId"]!, (string)second["instanceId"]!);
        Assert.True((bool)second["duplicate"]!);
        Assert.Equal(counts, await api.CountsAsync());
        Assert.Equal(5, (await api.ReservationsAsync(Guid.Parse((string)first["orderId"]!))).Count);
    }

    [Fact]
    public async Task SameWebhookConcurrently_CreatesOneOrderOneInstanceOneReservation()
    {
        var json = Samples.ShopifyOpen(Samples.NewShopifyId());
        var before = await api.CountsAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => api.PostOrderAsync("shopify", json)));

        var orderIds = responses.Select(r => (string)r.Body["orderId"]!).Distinct().ToList();
        var instanceIds = responses.Select(r => (string)r.Body["instanceId"]!).Distinct().ToList();
        Assert.Single(orderIds);
        Assert.Single(instanceIds);
        Assert.Single(responses, r => r.Status == HttpStatusCode.Created);
        Assert.Equal(7, responses.Count(r => r.Status == HttpStatusCode.OK));
        Assert.Equal((before.Orders + 1, before.Instances + 1), await api.CountsAsync());
        Assert.Equal(5, (await api.ReservationsAsync(Guid.Parse(orderIds[0]))).Count);
    }
}

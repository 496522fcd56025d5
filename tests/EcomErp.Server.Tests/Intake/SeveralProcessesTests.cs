using System.Net;
using System.Net.Http.Headers;
using EcomErp.Commerce.Credentials;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Intake;

/// <summary>Two server hosts on one database: the guarantees must come from PostgreSQL, not from memory.</summary>
public sealed class SeveralProcessesTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly OrderApi api = new(server);

    [Fact]
    public async Task SameWebhookThroughTwoServersAtOnce_CreatesOneOrder()
    {
        await using var other = server.StartAnotherServer();
        using var first = server.CreateClient(null);
        using var second = other.CreateClient();
        var body = Samples.ShopifyOpen(Samples.NewShopifyId());
        var signature = IntakeApi.Sign(body, IntakeApi.ShopifySecret);
        var before = await api.CountsAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => IntakeApi.PostAsync(
            i % 2 == 0 ? first : second, "/api/webhooks/shopify", body,
            ("X-Shopify-Topic", "orders/create"), ("X-Shopify-Event-Id", $"evt-{i}"),
            ("X-Shopify-Hmac-SHA256", signature))));

        Assert.Single(responses, r => r.Status == HttpStatusCode.Created);
        Assert.Single(responses.Select(r => (string)r.Body["orderId"]!).Distinct());
        Assert.Equal((before.Orders + 1, before.Instances + 1), await api.CountsAsync());
    }

    [Fact]
    public async Task OneKeysRateLimit_IsCountedAcrossBothServers()
    {
        var key = await server.IssueKeyAsync(new ApiKeyRequest(PrincipalKind.Channel, "webstore",
            RequestsPerMinute: 3));
        await using var other = server.StartAnotherServer();
        using var first = server.CreateClient(key);
        using var second = other.CreateClient();
        second.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var uri = new Uri("/api/orders?limit=1", UriKind.Relative);

        var statuses = new List<HttpStatusCode>();
        foreach (var client in new[] { first, second, first, second })
        {
            statuses.Add((await client.GetAsync(uri)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests],
            statuses);
    }
}

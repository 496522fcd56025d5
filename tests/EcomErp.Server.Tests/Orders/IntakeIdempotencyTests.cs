using System.Net;
using System.Text.Json.Nodes;
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

    [Fact]
    public async Task IdempotencyKeyReusedForAnotherOrder_Is409NamingTheHeader_AndTheSameOrderStaysADuplicate()
    {
        var key = $"key-{Guid.NewGuid():N}";
        var first = Samples.Canonical("order.json", $"IDEM-{Guid.NewGuid():N}");
        var other = Samples.Canonical("order.json", $"IDEM-{Guid.NewGuid():N}");

        var (createdStatus, created) = await PostWithKeyAsync(first, key);
        var counts = await api.CountsAsync();
        var (reusedStatus, reused) = await PostWithKeyAsync(other, key);
        var (repeatStatus, repeat) = await PostWithKeyAsync(first, key);

        Assert.Equal(HttpStatusCode.Created, createdStatus);
        Assert.Equal(HttpStatusCode.Conflict, reusedStatus);
        Assert.Equal("The Idempotency-Key header was used for another order.", (string)reused["title"]!);
        var reason = (string)Assert.Single(reused["errors"]!["Idempotency-Key"]!.AsArray())!;
        Assert.StartsWith("was used for another order", reason, StringComparison.Ordinal);
        Assert.Equal(counts, await api.CountsAsync());
        var record = await new IntakeApi(server).RecordAsync((long)reused["intakeId"]!);
        Assert.Equal("Refused", (string)record["status"]!);
        Assert.Equal((HttpStatusCode.OK, "Duplicate"), (repeatStatus, (string)repeat["outcome"]!));
        Assert.Equal((string)created["orderId"]!, (string)repeat["orderId"]!);
    }

    [Fact]
    public async Task IdempotencyKeyReusedForAChangedBodyOfTheSameOrder_Is409()
    {
        var key = $"key-{Guid.NewGuid():N}";
        var body = JsonNode.Parse(Samples.Canonical("order.json", $"IDEM-{Guid.NewGuid():N}"))!.AsObject();
        await PostWithKeyAsync(body.ToJsonString(), key);
        body["customer"]!["name"] = "Someone Else";

        var (status, problem) = await PostWithKeyAsync(body.ToJsonString(), key);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.StartsWith("was used for another version of channel order",
            (string)problem["errors"]!["Idempotency-Key"]![0]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShopifyEventIdReusedForAnotherOrder_Is409NamingTheShopifyHeader()
    {
        var intake = new IntakeApi(server);
        var eventId = $"evt-{Guid.NewGuid():N}";
        await intake.ShopifyAsync(Samples.ShopifyOpen(Samples.NewShopifyId()), "orders/create", eventId);

        var (status, problem) = await intake.ShopifyAsync(Samples.ShopifyOpen(Samples.NewShopifyId()),
            "orders/create", eventId);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("X-Shopify-Event-Id"), problem.ToJsonString());
    }

    private Task<(HttpStatusCode Status, JsonObject Body)> PostWithKeyAsync(string body, string key) =>
        IntakeApi.PostAsync(server.Client, "/api/channels/webstore/orders", body, ("Idempotency-Key", key));
}

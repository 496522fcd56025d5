using System.Net;
using System.Text.Json.Nodes;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Intake;

/// <summary>Webhooks that come twice, at once, out of order, or before the order they update.</summary>
public sealed class IntakeOrderingTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly DateTimeOffset Created = IntakeApi.ShopifyCreated;

    private readonly IntakeApi intake = new(server);
    private readonly OrderApi api = new(server);

    [Fact]
    public async Task SameEventTwice_SecondIsADuplicateAndCreatesNothing()
    {
        var body = Samples.ShopifyVersion(Samples.NewShopifyId(), Created);
        var eventId = $"evt-{Guid.NewGuid():N}";

        var (firstStatus, first) = await intake.ShopifyAsync(body, "orders/create", eventId);
        var counts = await api.CountsAsync();
        var (secondStatus, second) = await intake.ShopifyAsync(body, "orders/create", eventId);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (firstStatus, secondStatus));
        Assert.Equal(("Duplicate", true), ((string)second["outcome"]!, (bool)second["duplicate"]!));
        Assert.Equal((string)first["orderId"]!, (string)second["orderId"]!);
        Assert.Equal(counts, await api.CountsAsync());
    }

    [Fact]
    public async Task SameEventConcurrently_CreatesOneOrderWithOneInstanceAndOneSetOfReservations()
    {
        var body = Samples.ShopifyVersion(Samples.NewShopifyId(), Created);
        var eventId = $"evt-{Guid.NewGuid():N}";
        var before = await api.CountsAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(_ => intake.ShopifyAsync(body, "orders/create", eventId)));

        Assert.Single(responses, r => r.Status == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.Status != HttpStatusCode.Created),
            r => Assert.True((bool)r.Body["duplicate"]!, r.Body.ToJsonString()));
        Assert.Single(responses.Select(r => (string)r.Body["orderId"]!).Distinct());
        Assert.Equal((before.Orders + 1, before.Instances + 1), await api.CountsAsync());
        Assert.Equal(5, (await api.ReservationsAsync(Guid.Parse((string)responses[0].Body["orderId"]!))).Count);
    }

    [Fact]
    public async Task SameOrderUnderDifferentEventsConcurrently_CreatesOneOrder()
    {
        var body = Samples.ShopifyVersion(Samples.NewShopifyId(), Created);
        var before = await api.CountsAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6)
            .Select(i => intake.ShopifyAsync(body, "orders/create", $"evt-{Guid.NewGuid():N}-{i}")));

        Assert.Single(responses, r => r.Status == HttpStatusCode.Created);
        Assert.Equal(5, responses.Count(r => (string)r.Body["outcome"]! == "Unchanged"));
        Assert.Equal((before.Orders + 1, before.Instances + 1), await api.CountsAsync());
    }

    [Fact]
    public async Task OlderUpdateAfterANewerOne_IsIgnoredAndLoggedAsStale()
    {
        var id = Samples.NewShopifyId();
        var orderId = await intake.CreateShopifyAsync(id);

        var (newerStatus, newer) = await UpdateAsync(id, Created.AddMinutes(30), City("Lexington"));
        var (olderStatus, older) = await UpdateAsync(id, Created.AddMinutes(10), City("Frankfort"));
        var order = await api.GetAsync(orderId);

        Assert.Equal((HttpStatusCode.OK, "Updated"), (newerStatus, (string)newer["outcome"]!));
        Assert.Equal((HttpStatusCode.OK, "Stale"), (olderStatus, (string)older["outcome"]!));
        Assert.Equal("Lexington", (string)order["shippingAddress"]!["city"]!);
        Assert.Equal(Created.AddMinutes(30), (DateTimeOffset)order["channelUpdatedAt"]!);
        var log = await intake.RecordAsync((long)older["intakeId"]!);
        Assert.Contains("older than the stored", (string)log["reason"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdatesRacingEachOther_LeaveTheNewestVersion()
    {
        var id = Samples.NewShopifyId();
        var orderId = await intake.CreateShopifyAsync(id);
        int[] minutes = [40, 10, 50, 20, 30];

        var responses = await Task.WhenAll(
            minutes.Select(m => UpdateAsync(id, Created.AddMinutes(m), City($"Town {m}"))));
        var order = await api.GetAsync(orderId);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Equal("Town 50", (string)order["shippingAddress"]!["city"]!);
        Assert.Equal(Created.AddMinutes(50), (DateTimeOffset)order["channelUpdatedAt"]!);
        Assert.Contains(responses, r => (string)r.Body["outcome"]! == "Updated");
    }

    [Fact]
    public async Task UpdatesBeforeTheCreate_AreParkedThenAppliedInVersionOrder()
    {
        var id = Samples.NewShopifyId();
        var before = await api.CountsAsync();

        var (latestStatus, latest) = await UpdateAsync(id, Created.AddMinutes(30), Quantity(3, "Lexington"));
        var (middleStatus, middle) = await UpdateAsync(id, Created.AddMinutes(10), Quantity(2, "Frankfort"));
        var parkedCounts = await api.CountsAsync();
        var orderId = await intake.CreateShopifyAsync(id);
        var order = await api.GetAsync(orderId);

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (latestStatus, middleStatus));
        Assert.Equal(("Parked", "Parked"), ((string)latest["outcome"]!, (string)middle["outcome"]!));
        Assert.Equal(before, parkedCounts);
        Assert.Equal(3, (int)order["lines"]![0]!["quantity"]!);
        Assert.Equal("Lexington", (string)order["shippingAddress"]!["city"]!);
        Assert.Equal(609.23m, (decimal)order["totals"]!["total"]!);
        Assert.Equal("AwaitingShipment", (string)order["status"]!);
        Assert.Equal(3, (await api.ReservationsAsync(orderId)).Single(r => r.LineNo == 1).Quantity);
        Assert.Equal(["Applied", "Applied"], [(string)(await intake.RecordAsync((long)middle["intakeId"]!))["status"]!,
            (string)(await intake.RecordAsync((long)latest["intakeId"]!))["status"]!]);
    }

    [Fact]
    public async Task UpdateBeforeAnEvenNewerCreate_IsStaleAndTheCreateWins()
    {
        var id = Samples.NewShopifyId();

        var (_, parked) = await UpdateAsync(id, Created.AddMinutes(-5), City("Frankfort"));
        var orderId = await intake.CreateShopifyAsync(id);

        Assert.Equal("Stale", (string)(await intake.RecordAsync((long)parked["intakeId"]!))["status"]!);
        Assert.NotEqual("Frankfort", (string)(await api.GetAsync(orderId))["shippingAddress"]!["city"]!);
    }

    private Task<(HttpStatusCode Status, JsonObject Body)> UpdateAsync(long id, DateTimeOffset at,
        Action<JsonObject> change) =>
        intake.ShopifyAsync(Samples.ShopifyVersion(id, at, change), "orders/updated", $"evt-{Guid.NewGuid():N}");

    private static Action<JsonObject> City(string city) => order => order["shipping_address"]!["city"] = city;

    /// <summary>Orders more of line 1 (89.99 each), with the claimed total to match.</summary>
    private static Action<JsonObject> Quantity(int quantity, string city) => order =>
    {
        City(city)(order);
        Samples.SetShopifyQuantity(order, 0, quantity);
    };
}

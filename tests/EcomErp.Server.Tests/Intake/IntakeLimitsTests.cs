using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using EcomErp.Commerce.Credentials;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Intake;

/// <summary>What a payload may hold and how often a key may call.</summary>
public sealed class IntakeLimitsTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly IntakeApi intake = new(server);
    private readonly OrderApi api = new(server);

    [Fact]
    public async Task BodyOverTheLimit_Is413AndOnlyAnAuditLineIsKept()
    {
        var padding = new string(' ', 1024 * 1024);
        var body = Samples.Canonical("order.json", $"BIG-{Guid.NewGuid():N}").Insert(1, padding);

        var (status, problem) = await IntakeApi.PostAsync(server.Client, "/api/channels/webstore/orders", body);
        var record = await intake.RecordAsync((long)problem["intakeId"]!);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.StartsWith("The payload is too large: the body has at least ", (string)problem["title"]!,
            StringComparison.Ordinal);
        Assert.DoesNotContain("The the", (string)problem["title"]!, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("TooLarge", (string)record["status"]!);
        Assert.Null(record["bodyBase64"]);
    }

    [Fact]
    public async Task KeyOverItsRequestsPerMinute_Is429WithRetryAfter()
    {
        var key = await server.IssueKeyAsync(new ApiKeyRequest(PrincipalKind.Channel, "webstore",
            RequestsPerMinute: 3));
        using var client = server.CreateClient(key);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await client.GetAsync(new Uri("/api/orders?limit=1", UriKind.Relative));
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests],
            statuses);
        Assert.InRange(int.Parse(last!.Headers.GetValues("Retry-After").Single()), 1, 60);
    }

    [Fact]
    public async Task TooManyLines_IsRefusedNamingTheLines()
    {
        var order = Canonical($"LINES-{Guid.NewGuid():N}");
        var line = order["lines"]![0]!;
        order["lines"] = new JsonArray([.. Enumerable.Range(0, 251).Select(_ => line.DeepClone())]);
        order["claimedTotals"] = null;

        var (status, problem) = await PostAsync(order);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("251 lines", (string)problem["errors"]!["lines"]![0]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedFields_AreAllNamedInOneProblem()
    {
        var order = Canonical($"BAD-{Guid.NewGuid():N}");
        order["placedAt"] = "last tuesday";
        order["lines"]![0]!["quantity"] = 0;
        order["lines"]![1]!["quantity"] = "2";
        order["lines"]![1]!["unitPrice"] = "12.005";
        order["lines"]![2]!["name"] = "Gift\u0007card";
        order["shippingLines"]![0]!["price"] = -1;
        var before = await api.CountsAsync();

        var (status, problem) = await PostAsync(order);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(["lines[0].quantity", "lines[1].quantity", "lines[1].unitPrice", "lines[2].name", "placedAt",
                "shippingLines[0].price"],
            problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal(before, await api.CountsAsync());
    }

    [Fact]
    public async Task CurrencyOfAnotherShopAndATotalThatDoesNotAddUp_AreNamedTogether()
    {
        var order = Canonical($"CUR-{Guid.NewGuid():N}");
        order["currency"] = "EUR";
        order["claimedTotals"]!["total"] = "156.72";

        var (status, problem) = await PostAsync(order);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(["claimedTotals.total", "currency"],
            problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TotalWithinTheTolerance_IsTaken()
    {
        var order = Canonical($"TOL-{Guid.NewGuid():N}");
        order["claimedTotals"]!["total"] = "156.70";

        var (status, _) = await PostAsync(order);

        Assert.Equal(HttpStatusCode.Created, status);
    }

    [Fact]
    public async Task LongNonLatinText_IsStoredExactly()
    {
        var name = string.Concat(Enumerable.Repeat("茶碗 🍵 مرحبا é\u0301 ", 150));
        var order = Canonical($"TXT-{Guid.NewGuid():N}");
        order["lines"]![0]!["name"] = name;
        order["customer"]!["name"] = "Zoë Ænderson-Øst 山田 太郎";

        var (status, created) = await PostAsync(order);
        var stored = await api.GetAsync(Guid.Parse((string)created["orderId"]!));

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(name, (string)stored["lines"]![0]!["name"]!);
        Assert.Equal("Zoë Ænderson-Øst 山田 太郎", (string)stored["customer"]!["name"]!);
    }

    [Fact]
    public async Task TextOverTheLimitOrNotUnicode_IsRefusedWithoutCuttingThroughACharacter()
    {
        var order = Canonical($"TXT-{Guid.NewGuid():N}");
        order["lines"]![0]!["name"] = string.Concat(Enumerable.Repeat("🍵", 4001));
        var json = order.ToJsonString().Replace("\"Stoneware mug\"", "\"Mug \\ud800\"", StringComparison.Ordinal);

        var (status, problem) = await IntakeApi.PostAsync(server.Client, "/api/channels/webstore/orders", json);
        var errors = problem["errors"]!.AsObject();
        var reason = (string)errors["lines[0].name"]![0]!;

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("4001 characters", reason, StringComparison.Ordinal);
        Assert.Contains(string.Concat(Enumerable.Repeat("🍵", 40)) + "…", reason, StringComparison.Ordinal);
        Assert.Equal(reason, Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(reason)));
        Assert.Contains(errors, e => e.Value![0]!.ToString() == "is not valid Unicode text");
    }

    private Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(JsonObject order) =>
        IntakeApi.PostAsync(server.Client, "/api/channels/webstore/orders", order.ToJsonString());

    private static JsonObject Canonical(string channelOrderId) =>
        JsonNode.Parse(Samples.Canonical("order.json", channelOrderId))!.AsObject();
}

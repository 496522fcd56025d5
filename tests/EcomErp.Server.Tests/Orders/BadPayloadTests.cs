using System.Net;
using System.Text.Json.Nodes;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Orders;

public sealed class BadPayloadTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly OrderApi api = new(server);

    [Theory]
    [InlineData("webstore", "{\"channelOrderId\": \"B-1\", ", HttpStatusCode.BadRequest, "$")]
    [InlineData("webstore", "{\"channelOrderId\":\"B-2\",\"currency\":\"USD\",\"placedAt\":\"2026-01-01T00:00:00Z\"}",
        HttpStatusCode.UnprocessableEntity, "lines")]
    [InlineData("webstore", "{\"channelOrderId\":\"B-3\",\"currency\":\"USD\",\"placedAt\":\"2026-01-01T00:00:00Z\"," +
        "\"lines\":[{\"sku\":\"WS-MUG-STONE\",\"name\":\"Mug\",\"quantity\":-2,\"unitPrice\":\"12.00\"}]}",
        HttpStatusCode.UnprocessableEntity, "lines[0].quantity")]
    [InlineData("no-such-channel", "{}", HttpStatusCode.NotFound, "channel")]
    public async Task PostOrder_BadPayload_ProblemNamesTheFieldAndNothingIsWritten(
        string channel,
        string body,
        HttpStatusCode expected,
        string field)
    {
        var before = await api.CountsAsync();

        var (status, problem) = await api.PostOrderAsync(channel, body);

        Assert.Equal(expected, status);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
        Assert.Equal(before, await api.CountsAsync());
    }

    /// <summary>
    /// Amounts no business sends: past the storable range, or past what a decimal can multiply. Each is refused
    /// naming its field (a channel told "send it again" would retry them for ever), and nothing is written.
    /// </summary>
    [Theory]
    [InlineData(1, "100000000000000000000", "lines[0].unitPrice")]
    [InlineData(3, "30000000000000000000000000000", "lines[0].unitPrice")]
    [InlineData(2000000000, "10.00", "lines[0].quantity")]
    [InlineData(900000, "9999999.99", "claimedTotals.total")]
    public async Task PostOrder_AbsurdAmount_IsRefusedNamingTheFieldAndNothingIsWritten(
        int quantity, string unitPrice, string field)
    {
        var order = JsonNode.Parse(OneLineOrder.Json("WS-MUG-STONE"))!.AsObject();
        order["lines"]![0]!["quantity"] = quantity;
        order["lines"]![0]!["unitPrice"] = unitPrice;
        var before = await api.CountsAsync();

        var (status, problem) = await api.PostOrderAsync("webstore", order.ToJsonString());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
        Assert.Equal(before, await api.CountsAsync());
    }

    [Fact]
    public async Task PostOrder_ShopifyNegativeQuantity_NamesTheShopifyField()
    {
        var json = Samples.ShopifyOpen(Samples.NewShopifyId()).Replace("\"quantity\": 1", "\"quantity\": -1",
            StringComparison.Ordinal).Replace("\"quantity\":1", "\"quantity\":-1", StringComparison.Ordinal);

        var (status, problem) = await api.PostOrderAsync("shopify", json);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains(problem["errors"]!.AsObject(), e => e.Key.StartsWith("line_items[", StringComparison.Ordinal)
            && e.Key.EndsWith("].quantity", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostOrder_CanonicalDiscountLargerThanItsLine_NamesTheLinesDiscountsNotTheTenders()
    {
        var order = JsonNode.Parse(Samples.Canonical("order.json", $"DISC-{Guid.NewGuid():N}"))!.AsObject();
        order["lines"]![0]!["discounts"]![0]!["amount"] = "200.00";
        order["tenders"] = new JsonArray(new JsonObject { ["kind"] = "GiftCard", ["amount"] = "10.00" });
        order.Remove("claimedTotals");
        var before = await api.CountsAsync();

        var (status, problem) = await api.PostOrderAsync("webstore", order.ToJsonString());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var error = Assert.Single(problem["errors"]!.AsObject());
        Assert.Equal("lines[0].discounts", error.Key);
        Assert.Equal("discounts the line by 200.00 USD, more than the line's 48.00 USD", (string)error.Value![0]!);
        Assert.Equal(before, await api.CountsAsync());
    }

    [Theory]
    [InlineData("2026-05-06T14:03:11")]
    [InlineData("2026-05-06T14:03:11.250")]
    [InlineData("2026-05-06")]
    public async Task PostOrder_CanonicalPlacedAtWithoutAnOffset_IsRefusedNamingPlacedAt(string placedAt)
    {
        var order = JsonNode.Parse(Samples.Canonical("order.json", $"TZ-{Guid.NewGuid():N}"))!.AsObject();
        order["placedAt"] = placedAt;

        var (status, problem) = await api.PostOrderAsync("webstore", order.ToJsonString());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var error = Assert.Single(problem["errors"]!.AsObject());
        Assert.Equal("placedAt", error.Key);
        Assert.Contains("an offset is required", (string)error.Value![0]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-05-06T21:03:11Z")]
    [InlineData("2026-05-06T14:03:11-07:00")]
    public async Task PostOrder_CanonicalPlacedAtWithAnOffset_IsTakenAsThatMoment(string placedAt)
    {
        var order = JsonNode.Parse(Samples.Canonical("order.json", $"TZ-{Guid.NewGuid():N}"))!.AsObject();
        order["placedAt"] = placedAt;

        var orderId = await api.CreateAsync("webstore", order.ToJsonString());

        Assert.Equal(new DateTimeOffset(2026, 5, 6, 21, 3, 11, TimeSpan.Zero),
            (DateTimeOffset)(await api.GetAsync(orderId))["placedAt"]!);
    }
}

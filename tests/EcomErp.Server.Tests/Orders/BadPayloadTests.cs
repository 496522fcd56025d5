using System.Net;
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
}

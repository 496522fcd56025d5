using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcomErp.Commerce.Credentials;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Api;

public sealed class CatalogueEndpointsTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task CreateSkuNodeAndKit_ThenReceiveStock_TheKitIsSellableFromItsComponents()
    {
        var sku = await PostAsync("/api/skus", new { code = "CAT-CANDLE", name = "Soy candle" });
        var node = await PostAsync("/api/nodes", new
        {
            code = "STORE-PDX", name = "Portland store", kind = "Store", countryCode = "US", region = "OR",
            perShipmentCost = new { amount = "4.10", currency = "USD" },
            perUnitCost = new { amount = 0.30m, currency = "USD" },
        });
        var kit = await PostAsync("/api/kits", new
        {
            code = "CAT-CANDLE-TRIO", name = "Three candles",
            components = new[] { new { sku = "CAT-CANDLE", quantity = 3 } },
        });
        var receipt = await PostAsync("/api/inventory/receipts",
            new { lines = new[] { new { sku = "CAT-CANDLE", node = "STORE-PDX", quantity = 10, reference = "C-1" } } });
        var availability = await server.Client.GetFromJsonAsync<JsonObject>(
            new Uri("/api/channels/webstore/availability?sku=CAT-CANDLE-TRIO", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, sku.Status);
        Assert.Equal(HttpStatusCode.Created, node.Status);
        Assert.Equal(4.10m, (decimal)node.Body["perShipmentCost"]!["amount"]!);
        Assert.DoesNotContain("isZero", node.Body.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Created, kit.Status);
        Assert.Equal(HttpStatusCode.OK, receipt.Status);
        var trio = availability!["items"]!.AsArray().Single(i => (string)i!["sku"]! == "CAT-CANDLE-TRIO")!;
        Assert.Equal(3, (int)trio["ats"]!);
    }

    [Fact]
    public async Task CreateSku_CodeThatExists_IsAConflictAndChangesNothing()
    {
        var first = await PostAsync("/api/skus", new { code = "CAT-DUP", name = "First" });
        var second = await PostAsync("/api/skus", new { code = "CAT-DUP", name = "Second" });
        var list = await server.Client.GetFromJsonAsync<JsonArray>(new Uri("/api/skus", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.Conflict, second.Status);
        Assert.Equal("First", (string)list!.Single(s => (string)s!["code"]! == "CAT-DUP")!["name"]!);
    }

    [Fact]
    public async Task CreateKit_UnknownComponentAndBadQuantity_NamesEachField()
    {
        var kit = await PostAsync("/api/kits", new
        {
            code = "CAT-BAD-KIT", name = "Bad",
            components = new[]
            {
                new { sku = "NO-SUCH-SKU", quantity = 1 }, new { sku = "WS-MUG-STONE", quantity = 0 },
            },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, kit.Status);
        var errors = kit.Body["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("components[1].quantity"), kit.Body.ToJsonString());
    }

    [Fact]
    public async Task CreateNode_AmountWithAThousandsSeparator_IsRefusedNotMisread()
    {
        var node = await PostAsync("/api/nodes", new
        {
            code = "CAT-COMMA", name = "Comma", kind = "Store", countryCode = "US",
            perShipmentCost = new { amount = "1,5", currency = "USD" },
            perUnitCost = new { amount = "0.30", currency = "USD" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, node.Status);
        Assert.True(node.Body["errors"]!.AsObject().ContainsKey("perShipmentCost.amount"), node.Body.ToJsonString());
    }

    [Fact]
    public async Task CreateSku_ChannelKey_IsForbidden()
    {
        using var channel = await server.ClientForAsync(PrincipalKind.Channel, "webstore");

        var response = await channel.PostAsJsonAsync(new Uri("/api/skus", UriKind.Relative),
            new { code = "CAT-NOPE", name = "Nope" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(string path, object body)
    {
        var response = await server.Client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>()) ?? []);
    }
}

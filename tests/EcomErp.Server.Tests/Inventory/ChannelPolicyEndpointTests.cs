using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Inventory;

/// <summary>Policies and allocations change every channel's figures, so they get a database of their own.</summary>
public sealed class ChannelPolicyEndpointTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task PutPolicy_SharesAddingUpPastTheWhole_AreRefused()
    {
        var first = await PutAsync("/api/inventory/channels/webstore/policy", new { allocationShare = 0.6m });
        var second = await PutAsync("/api/inventory/channels/shopify/policy", new { allocationShare = 0.5m });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.UnprocessableEntity), (first, second));
    }

    [Fact]
    public async Task PutAllocation_FixedQuantity_IsTakenFromTheOtherChannel()
    {
        // Seed: SKU2006-020 only at DC-WEST, 12 on hand, 1 safety stock: 11 sellable for everyone.
        var before = await AtsAsync("shopify", "SKU2006-020");

        var status = await PutAsync("/api/inventory/channels/webstore/allocations/SKU2006-020", new { quantity = 4 });
        var explained = (await server.Client.GetFromJsonAsync<JsonObject>(Uri("/api/inventory/SKU2006-020")))!;

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(11, before);
        Assert.Equal(11 - 4, await AtsAsync("shopify", "SKU2006-020"));
        Assert.Equal(11, await AtsAsync("webstore", "SKU2006-020"));
        var allocation = explained["allocations"]!.AsArray().Single(a => (string)a!["channel"]! == "webstore")!;
        Assert.Equal((4, 0, 4), ((int)allocation["granted"]!, (int)allocation["used"]!, (int)allocation["setAside"]!));
    }

    [Fact]
    public async Task PutPolicy_NegativeHorizonOrShareBeyondTheWhole_IsRefusedNamingEachFieldAndChangesNothing()
    {
        var before = await AtsAsync("webstore", "WS-MUG-STONE");

        var (both, bothBody) = await PutProblemAsync("/api/inventory/channels/amazon/policy",
            new { allocationShare = 1.5m, inTransitHorizonDays = -1 });
        var (horizon, horizonBody) = await PutProblemAsync("/api/inventory/channels/amazon/policy",
            new { allocationShare = 0.1m, inTransitHorizonDays = -0.5 });

        Assert.Equal((HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity), (both, horizon));
        Assert.Equal(["allocationShare", "inTransitHorizonDays"],
            bothBody["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["inTransitHorizonDays"], horizonBody["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(before, await AtsAsync("webstore", "WS-MUG-STONE"));
    }

    [Fact]
    public async Task PutAllocation_WithoutQuantity_IsRefusedNamingQuantityAndKeepsTheAllocation()
    {
        const string path = "/api/inventory/channels/amazon/allocations/WS-JACKET-DOWN";
        var set = await PutAsync(path, new { quantity = 2 });

        var (empty, emptyBody) = await PutProblemAsync(path, new { });
        var (nulled, _) = await PutProblemAsync(path, new { quantity = (int?)null });
        var explained = (await server.Client.GetFromJsonAsync<JsonObject>(Uri("/api/inventory/WS-JACKET-DOWN")))!;

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity),
            (set, empty, nulled));
        Assert.Equal(["quantity"], emptyBody["errors"]!.AsObject().Select(e => e.Key));
        Assert.StartsWith("is required", (string)emptyBody["errors"]!["quantity"]![0]!, StringComparison.Ordinal);
        var allocation = explained["allocations"]!.AsArray().Single(a => (string)a!["channel"]! == "amazon")!;
        Assert.Equal(2, (int)allocation["granted"]!);
    }

    private async Task<(HttpStatusCode, JsonObject)> PutProblemAsync(string path, object body)
    {
        using var response = await server.Client.PutAsJsonAsync(Uri(path), body);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    private async Task<int> AtsAsync(string channel, string sku) =>
        (int)(await server.Client.GetFromJsonAsync<JsonObject>(Uri($"/api/channels/{channel}/availability?sku={sku}")))!
            ["items"]![0]!["ats"]!;

    private async Task<HttpStatusCode> PutAsync(string path, object body)
    {
        using var response = await server.Client.PutAsJsonAsync(Uri(path), body);
        return response.StatusCode;
    }

    private static Uri Uri(string path) => new(path, UriKind.Relative);
}

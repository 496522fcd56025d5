using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcomErp.Commerce.Persistence;
using EcomErp.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Server.Tests.Inventory;

/// <summary>The inventory API on the real server with the demo seed.</summary>
public sealed class InventoryEndpointsTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task GetSku_SeededMug_ShowsEveryNodeAndTermsThatAddUp()
    {
        var body = await GetAsync("/api/inventory/WS-MUG-STONE");

        var nodes = body["nodes"]!.AsArray();
        Assert.Equal(["DC-EAST", "DC-WEST"], nodes.Select(n => (string)n!["node"]!));
        Assert.Equal([190, 140], nodes.Select(n => (int)n!["sellable"]!));
        foreach (var channel in body["channels"]!.AsArray())
        {
            var terms = channel!["terms"]!.AsArray().Sum(t => (int)t!["units"]!);
            Assert.Equal((int)channel["ats"]!, terms);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync(Uri("/api/inventory/NO-SUCH"))).StatusCode);
    }

    [Fact]
    public async Task PostReceipts_UnknownSkuAndKit_RefusedNamingEachLineAndNothingBooked()
    {
        var before = await LedgerCountAsync();

        var (status, body) = await PostAsync("/api/inventory/receipts", new
        {
            lines = new object[]
            {
                new { sku = "WS-MUG-STONE", node = "DC-EAST", quantity = 5 },
                new { sku = "NO-SUCH", node = "DC-NOWHERE", quantity = 5 },
            },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(["lines[1].node", "lines[1].sku"],
            body["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal(before, await LedgerCountAsync());
    }

    [Fact]
    public async Task PostReceipt_Twice_BooksOnceAndPullShowsIt()
    {
        var before = await AtsAsync("webstore", "CASE-LEATHER-PREM");
        var receipt = new { lines = new[] { new { sku = "CASE-LEATHER-PREM", node = "DC-WEST", quantity = 7,
            reference = "GRN-1001" } } };

        var (first, body) = await PostAsync("/api/inventory/receipts", receipt);
        var (second, again) = await PostAsync("/api/inventory/receipts", receipt);

        Assert.Equal((HttpStatusCode.OK, 1, 0), (first, (int)body["posted"]!, (int)body["duplicates"]!));
        Assert.Equal((HttpStatusCode.OK, 0, 1), (second, (int)again["posted"]!, (int)again["duplicates"]!));
        Assert.Equal(before + 7, await AtsAsync("webstore", "CASE-LEATHER-PREM"));
    }

    [Fact]
    public async Task DriftCheck_CorruptedPosition_IsListedAsAnOpenIncident()
    {
        await using (var db = Commerce())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE commerce.stock_positions SET reserved = reserved + 2 " +
                "WHERE sku = 'LENS-PROTECT-2YR' AND node_code = 'DC-EAST'");
        }

        var (status, _) = await PostAsync("/api/inventory/drift-checks", new { });
        var drifts = (await server.Client.GetFromJsonAsync<JsonArray>(Uri("/api/inventory/drifts")))!;

        Assert.Equal(HttpStatusCode.OK, status);
        var drift = Assert.Single(drifts, d => (string)d!["sku"]! == "LENS-PROTECT-2YR")!;
        Assert.Equal(("DC-EAST", "Reserved", 2, 0), ((string)drift["nodeCode"]!, (string)drift["measure"]!,
            (int)drift["positionValue"]!, (int)drift["ledgerValue"]!));
    }

    [Fact]
    public async Task Transfer_DispatchedThenArrived_MovesStockBetweenNodes()
    {
        var (dispatched, _) = await PostAsync("/api/inventory/transfers", new
        {
            reference = "TO-55", sku = "WS-TEE-ORG-M", fromNode = "DC-EAST", toNode = "DC-WEST", quantity = 20,
            expectedAt = DateTimeOffset.UtcNow.AddDays(2),
        });
        var moving = await NodesAsync("WS-TEE-ORG-M");
        var (arrived, _) = await PostAsync("/api/inventory/transfers/TO-55/arrivals", new { quantity = 20 });
        var landed = await NodesAsync("WS-TEE-ORG-M");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (dispatched, arrived));
        Assert.Equal([("DC-EAST", 100, 0), ("DC-WEST", 80, 20)], moving);
        Assert.Equal([("DC-EAST", 100, 0), ("DC-WEST", 100, 0)], landed);
    }

    private async Task<List<(string, int, int)>> NodesAsync(string sku) =>
        [.. (await GetAsync($"/api/inventory/{sku}"))["nodes"]!.AsArray()
            .Select(n => ((string)n!["node"]!, (int)n["onHand"]!, (int)n["inTransit"]!))];

    private async Task<int> AtsAsync(string channel, string sku) =>
        (int)(await GetAsync($"/api/channels/{channel}/availability?sku={sku}"))["items"]![0]!["ats"]!;

    private async Task<int> LedgerCountAsync()
    {
        await using var db = Commerce();
        return await db.InventoryLedger.CountAsync();
    }

    private async Task<JsonObject> GetAsync(string path) =>
        (await server.Client.GetFromJsonAsync<JsonObject>(Uri(path)))!;

    private async Task<(HttpStatusCode, JsonObject)> PostAsync(string path, object body)
    {
        using var response = await server.Client.PostAsJsonAsync(Uri(path), body);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    private CommerceDbContext Commerce() => new(CommerceDatabase.CreateOptions(server.ConnectionString));

    private static Uri Uri(string path) => new(path, UriKind.Relative);
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using EcomErp.Commerce.Persistence;
using EcomErp.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Server.Tests.Inventory;

/// <summary>
/// A full snapshot counts every SKU it leaves out at its nodes as none, so it gets a database of its own.
/// </summary>
public sealed class SnapshotEndpointTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task PostSnapshot_Csv_PostsCountsAndReturnsTheReport()
    {
        const string csv = "sku,node,onHand\nSKU2006-035,DC-EAST,15\nSKU2006-035,DC-WEST,5\n";
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");

        using var response = await server.Client.PostAsync(Uri("/api/inventory/snapshots?source=wms&reference=C-1"),
            content);
        var report = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = report["lines"]!.AsArray().Where(l => (string)l!["sku"]! == "SKU2006-035")
            .Select(l => ((string)l!["nodeCode"]!, (int)l["difference"]!));
        Assert.Equal([("DC-EAST", 0), ("DC-WEST", -3)], lines);
        Assert.True((decimal)report["accuracy"]! < 1m);
        var stored = await GetAsync($"/api/inventory/reconciliations/{(long)report["id"]!}");
        Assert.Equal((int)report["matched"]!, (int)stored["matched"]!);
    }

    [Fact]
    public async Task PostSnapshot_Json_AccuracyReadsTheSameAsWhenReadAgain()
    {
        // A node of its own, so that counting it does not zero the stock other tests count on.
        var (node, _) = await PostJsonAsync("/api/nodes", new
        {
            code = "DC-COUNT", name = "Count test", kind = "Store", countryCode = "US", region = "OR",
            perShipmentCost = new { amount = 4m, currency = "USD" },
            perUnitCost = new { amount = 0.3m, currency = "USD" },
        });
        var (status, report) = await PostJsonAsync("/api/inventory/snapshots", new
        {
            source = "erp", reference = "J-1",
            lines = new[] { ("WS-MUG-STONE", 3), ("WS-JACKET-DOWN", 0), ("WS-TEE-ORG-M", 0), ("SKU2006-001", 0) }
                .Select(line => new { sku = line.Item1, node = "DC-COUNT", onHand = line.Item2 }),
        });

        var stored = await GetAsync($"/api/inventory/reconciliations/{(long)report["id"]!}");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (node, status));
        Assert.Equal("0.75", report["accuracy"]!.ToJsonString());
        Assert.Equal("0.75", stored["accuracy"]!.ToJsonString());
    }

    [Fact]
    public async Task PostSnapshot_CsvWithOnlyAHeader_IsRefusedAndCountsNothing()
    {
        var before = await ReconciliationsAsync();

        var (status, body) = await PostCsvAsync("sku,node,onHand\n");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(["line 2"], body["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(before, await ReconciliationsAsync());
    }

    [Fact]
    public async Task PostSnapshot_CsvWithBadRows_NamesEachRowAndColumnTogether()
    {
        const string csv = "sku,node,onHand\nNO-SUCH,DC-EAST,1\nWS-MUG-STONE,DC-EAST,lots\n" +
            "WS-MUG-STONE,DC-WEST,2000000000\nWS-MUG-STONE\n";
        var before = await ReconciliationsAsync();

        var (status, body) = await PostCsvAsync(csv);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(["line 2.sku", "line 3.onHand", "line 4.onHand", "line 5"],
            body["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal(before, await ReconciliationsAsync());
    }

    [Fact]
    public async Task PostSnapshot_NegativeCount_IsRefusedNamingTheLineInJsonAndCsvAndCountsNothing()
    {
        var before = (await ReconciliationsAsync(), await OnHandAsync("WS-JACKET-DOWN", "DC-WEST"));

        var (json, jsonBody) = await PostJsonAsync("/api/inventory/snapshots", new
        {
            source = "wms", reference = "NEG",
            lines = new[] { new { sku = "WS-JACKET-DOWN", node = "DC-WEST", onHand = -4 } },
        });
        var (csv, csvBody) = await PostCsvAsync("sku,node,onHand\nWS-JACKET-DOWN,DC-WEST,-4\n");

        Assert.Equal((HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity), (json, csv));
        Assert.Equal(["lines[0].onHand"], jsonBody["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(["line 2.onHand"], csvBody["errors"]!.AsObject().Select(e => e.Key));
        Assert.StartsWith("must not be below zero", (string)csvBody["errors"]!["line 2.onHand"]![0]!,
            StringComparison.Ordinal);
        Assert.Equal(before, (await ReconciliationsAsync(), await OnHandAsync("WS-JACKET-DOWN", "DC-WEST")));
    }

    [Fact]
    public async Task PostSnapshot_SameReferenceAgain_AnswersTheFirstReportOrAConflictAndCountsOnce()
    {
        var (node, _) = await PostJsonAsync("/api/nodes", new
        {
            code = "DC-REPEAT", name = "Repeat test", kind = "Store", countryCode = "US", region = "OR",
            perShipmentCost = new { amount = 4m, currency = "USD" },
            perUnitCost = new { amount = 0.3m, currency = "USD" },
        });
        object Json(int onHand) => new
        {
            source = "wms", reference = "R-7",
            lines = new[] { new { sku = "WS-MUG-STONE", node = "DC-REPEAT", onHand } },
        };

        var (first, firstBody) = await PostJsonAsync("/api/inventory/snapshots", Json(3));
        var ledger = await LedgerCountAsync();
        var (again, againBody) = await PostJsonAsync("/api/inventory/snapshots", Json(3));
        var (csv, csvBody) = await PostCsvAsync("sku,node,onHand\nWS-MUG-STONE,DC-REPEAT,3\n", "R-7");
        var (other, otherBody) = await PostJsonAsync("/api/inventory/snapshots", Json(5));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.OK), (node, first, again));
        Assert.Equal((false, true), ((bool)firstBody["duplicate"]!, (bool)againBody["duplicate"]!));
        Assert.Equal(((long)firstBody["id"]!, true), ((long)csvBody["id"]!, (bool)csvBody["duplicate"]!));
        Assert.Equal((long)firstBody["id"]!, (long)againBody["id"]!);
        Assert.Equal(HttpStatusCode.OK, csv);
        Assert.Equal(HttpStatusCode.Conflict, other);
        Assert.Equal(["reference"], otherBody["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(ledger, await LedgerCountAsync());
        Assert.Equal(3, await OnHandAsync("WS-MUG-STONE", "DC-REPEAT"));
        Assert.Empty(firstBody["belowReserved"]!.AsArray());
    }

    [Fact]
    public async Task PostSnapshot_WithoutReference_IsRefusedNamingReferenceInJsonAndCsv()
    {
        var before = await ReconciliationsAsync();

        var (json, jsonBody) = await PostJsonAsync("/api/inventory/snapshots", new
        {
            source = "wms", lines = new[] { new { sku = "WS-MUG-STONE", node = "DC-EAST", onHand = 1 } },
        });
        var (csv, csvBody) = await PostCsvAsync("sku,node,onHand\nWS-MUG-STONE,DC-EAST,1\n", reference: null);

        Assert.Equal((HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity), (json, csv));
        Assert.Equal(["reference"], jsonBody["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(["reference"], csvBody["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(before, await ReconciliationsAsync());
    }

    /// <summary>Posts a CSV snapshot from "wms", under a reference of its own unless one is given.</summary>
    private async Task<(HttpStatusCode, JsonObject)> PostCsvAsync(string csv, string? reference = "")
    {
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        var query = reference switch
        {
            null => "",
            "" => $"&reference=C-{Guid.NewGuid():N}",
            _ => $"&reference={reference}",
        };
        using var response = await server.Client.PostAsync(Uri($"/api/inventory/snapshots?source=wms{query}"),
            content);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    private async Task<int> LedgerCountAsync()
    {
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(server.ConnectionString));
        return await db.InventoryLedger.CountAsync();
    }

    private async Task<(HttpStatusCode, JsonObject)> PostJsonAsync(string path, object body)
    {
        using var response = await server.Client.PostAsJsonAsync(Uri(path), body);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    private async Task<int> ReconciliationsAsync()
    {
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(server.ConnectionString));
        return await db.StockReconciliations.CountAsync();
    }

    private async Task<int> OnHandAsync(string sku, string node) =>
        (int)(await GetAsync($"/api/inventory/{sku}"))["nodes"]!.AsArray()
            .Single(n => (string)n!["node"]! == node)!["onHand"]!;

    private async Task<JsonObject> GetAsync(string path) =>
        (await server.Client.GetFromJsonAsync<JsonObject>(Uri(path)))!;

    private static Uri Uri(string path) => new(path, UriKind.Relative);
}

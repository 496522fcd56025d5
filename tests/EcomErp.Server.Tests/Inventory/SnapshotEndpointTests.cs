using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using EcomErp.Server.Tests.Support;

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

    private async Task<JsonObject> GetAsync(string path) =>
        (await server.Client.GetFromJsonAsync<JsonObject>(Uri(path)))!;

    private static Uri Uri(string path) => new(path, UriKind.Relative);
}

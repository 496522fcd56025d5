using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Persistence;
using EcomErp.Server.Tests.Support;
using EcomErp.Testing;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Server.Tests.Inventory;

/// <summary>
/// Orders race for the last units through two server processes on one database: the real server binary, started
/// twice, each on a port of its own. They share only the database and its row locks; their connections carry
/// different application names, which the test finds in pg_stat_activity to prove both took part.
/// </summary>
public sealed class TwoProcessRaceTests : IAsyncLifetime
{
    private const string Sku = "WS-JACKET-DOWN";
    private string connectionString = "";
    private ServerProcess hostA = null!;
    private ServerProcess hostB = null!;

    public async Task InitializeAsync()
    {
        connectionString = await InventoryHost.CreateDatabaseAsync();
        hostA = await ServerProcess.StartAsync(connectionString, "race-host-a");
        hostB = await ServerProcess.StartAsync(connectionString, "race-host-b");
    }

    public async Task DisposeAsync()
    {
        await hostA.DisposeAsync();
        await hostB.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(connectionString);
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(50, 5)]
    public async Task PostOrders_RacingThroughTwoProcesses_ReserveExactlyTheAvailableUnits(int orders, int units)
    {
        await LeaveSellableAsync(units);

        var statuses = await Task.WhenAll(Enumerable.Range(0, orders).Select(i =>
            Task.Run(() => PostAsync(i % 2 == 0 ? hostA : hostB))));

        Assert.Equal(units, statuses.Count(status => status == "AwaitingShipment"));
        Assert.Equal(orders - units, statuses.Count(status => status == "OnHold"));
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(connectionString));
        Assert.Equal(units, await db.Reservations.Where(r => r.Sku == Sku && r.Status == ReservationStatus.Held)
            .SumAsync(r => r.Quantity));
        var positions = await db.StockPositions.Where(p => p.Sku == Sku).ToListAsync();
        Assert.All(positions, p => Assert.True(p.Available >= 0, $"{p.NodeCode} promised more than it has"));
        foreach (var channel in new[] { "webstore", "shopify" })
        {
            var pulled = await hostA.GetAsync($"/api/channels/{channel}/availability?sku={Sku}");
            Assert.Equal(0, (int)pulled["items"]![0]!["ats"]!);
        }

        Assert.Equal(["race-host-a", "race-host-b"], await ApplicationNamesAsync(db));
    }

    /// <summary>Adjusts the seeded stock (DC-EAST 30, DC-WEST 20, safety 2 each) down to exactly the units.</summary>
    private async Task LeaveSellableAsync(int units)
    {
        var (status, _) = await hostA.PostAsync("/api/inventory/adjustments", new
        {
            lines = new object[]
            {
                new { sku = Sku, node = "DC-EAST", quantity = -28 + units },
                new { sku = Sku, node = "DC-WEST", quantity = -18 },
            },
        });
        Assert.Equal(HttpStatusCode.OK, status);
    }

    private static async Task<string> PostAsync(ServerProcess host)
    {
        using var content = new StringContent(OneLineOrder.Json(Sku), Encoding.UTF8, "application/json");
        using var response = await host.Client.PostAsync(new Uri("/api/channels/webstore/orders", UriKind.Relative),
            content);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (string)body["status"]!;
    }

    private static async Task<List<string>> ApplicationNamesAsync(CommerceDbContext db) =>
        await db.Database.SqlQuery<string>($"""
            SELECT DISTINCT application_name AS "Value" FROM pg_stat_activity
            WHERE application_name LIKE 'race-host-%' ORDER BY 1
            """).ToListAsync();
}

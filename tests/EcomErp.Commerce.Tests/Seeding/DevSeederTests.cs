using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Monetary;
using EcomErp.Commerce.Seeding;
using EcomErp.Commerce.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Commerce.Tests.Seeding;

public sealed class DevSeederTests : DatabaseTest
{
    [Fact]
    public async Task ApplyAsync_EmptyDatabase_LoadsChannelsNodesAndStock()
    {
        var seed = await DevSeeder.LoadAsync(Samples.PathOf(Samples.DevSeed));
        await using var db = NewContext();

        var applied = await DevSeeder.ApplyAsync(db, seed, Clock.GetUtcNow());

        Assert.True(applied);
        await using var check = NewContext();
        var channels = await check.Channels.OrderBy(c => c.Code).Select(c => c.Code).ToListAsync();
        Assert.Equal(["amazon", "bigcommerce", "shopify", "webstore", "woocommerce"], channels);
        Assert.True((await check.Channels.SingleAsync(c => c.Code == "shopify")).SignsWebhooks);
        Assert.Equal(["DC-EAST"], (await check.WarehouseClients.SingleAsync(c => c.Code == "east-3pl")).Nodes);
        var east = await check.Nodes.SingleAsync(node => node.Code == "DC-EAST");
        Assert.Equal(new Money(5.90m, "USD"), east.PerShipmentCost);
        Assert.Equal((new TimeOnly(15, 0), "America/Kentucky/Louisville"), (east.OrderCutoff, east.TimeZone));
        Assert.Equal(["DC-WEST"], await check.StockPositions.Where(p => p.Sku == "SKU2006-020")
            .Select(p => p.NodeCode).ToListAsync());
        var kit = await check.KitComponents.Where(c => c.KitSku == "WS-BUNDLE-TEE-MUGS").OrderBy(c => c.ComponentSku)
            .Select(c => new { c.ComponentSku, c.Quantity }).ToListAsync();
        Assert.Equal([("WS-MUG-STONE", 2), ("WS-TEE-ORG-M", 1)], kit.Select(c => (c.ComponentSku, c.Quantity)));
        Assert.True((await check.Skus.SingleAsync(s => s.Code == "WS-BUNDLE-TEE-MUGS")).IsKit);
    }

    [Fact]
    public async Task ApplyAsync_SecondTime_ChangesNothing()
    {
        var seed = await DevSeeder.LoadAsync(Samples.PathOf(Samples.DevSeed));
        await using (var first = NewContext())
        {
            await DevSeeder.ApplyAsync(first, seed, Clock.GetUtcNow());
        }

        await using var second = NewContext();
        var applied = await DevSeeder.ApplyAsync(second, seed, Clock.GetUtcNow());

        Assert.False(applied);
        var entries = seed.Stock.Count + seed.Stock.Count(line => line.SafetyStock != 0);
        Assert.Equal(entries, await second.InventoryLedger.CountAsync());
    }

    [Fact]
    public async Task ApplyAsync_SeededStock_MatchesItsLedger()
    {
        var seed = await DevSeeder.LoadAsync(Samples.PathOf(Samples.DevSeed));
        await using (var db = NewContext())
        {
            await DevSeeder.ApplyAsync(db, seed, Clock.GetUtcNow());
        }

        await using var check = NewContext();
        var replayed = InventoryLedger.Replay(await check.InventoryLedger.ToListAsync());
        Assert.All(await check.StockPositions.ToListAsync(), position =>
            Assert.Equal(position.AsBalance(), replayed[(position.Sku, position.NodeCode)]));
    }
}

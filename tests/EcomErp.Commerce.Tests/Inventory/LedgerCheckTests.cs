using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Inventory.SelfCheck;
using EcomErp.Commerce.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static EcomErp.Commerce.Tests.Support.StockArrangement;

namespace EcomErp.Commerce.Tests.Inventory;

public sealed class LedgerCheckTests : DatabaseTest
{
    private LedgerCheck Check => new(Clock);

    [Fact]
    public async Task RunAsync_PositionsMatchTheLedger_FindsNothing()
    {
        await ArrangeAsync();
        await using var db = NewContext();

        var result = await Check.RunAsync(db);

        Assert.Equal(3 + 1, result.Compared);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public async Task RunAsync_CorruptedPosition_OpensOneIncidentWithBothFigures()
    {
        await ArrangeAsync();
        await using var db = NewContext();
        await db.Database.ExecuteSqlRawAsync(
            "UPDATE commerce.stock_positions SET on_hand = on_hand + 5 WHERE sku = 'A' AND node_code = 'N2'");

        var first = await Check.RunAsync(db);
        var second = await Check.RunAsync(db);

        var drift = Assert.Single(first.Opened);
        Assert.Equal(("A", "N2", "OnHand", 11, 6), (drift.Sku, drift.NodeCode, drift.Measure, drift.PositionValue,
            drift.LedgerValue));
        Assert.Empty(second.Opened);
        Assert.Single(await db.InventoryDrifts.Where(d => d.ResolvedAt == null).ToListAsync());
    }

    [Fact]
    public async Task RunAsync_CorruptedChannelHolds_NamesTheChannel()
    {
        await ArrangeAsync();
        await using var db = NewContext();
        await db.Database.ExecuteSqlRawAsync("UPDATE commerce.channel_positions SET reserved = 9, unassigned = 9");

        var result = await Check.RunAsync(db);

        Assert.Equal([("Reserved", 9, 3), ("Unassigned", 9, 3)],
            result.Findings.Select(f => (f.Measure, f.PositionValue, f.LedgerValue)));
        Assert.All(result.Findings, f => Assert.Equal(("A", Web, (string?)null), (f.Sku, f.ChannelCode, f.NodeCode)));
    }

    [Fact]
    public async Task RunAsync_CorruptionRepaired_ResolvesTheIncident()
    {
        await ArrangeAsync();
        await using var db = NewContext();
        await db.Database.ExecuteSqlRawAsync("UPDATE commerce.stock_positions SET safety_stock = 4 WHERE sku = 'B'");
        await Check.RunAsync(db);
        await db.Database.ExecuteSqlRawAsync("UPDATE commerce.stock_positions SET safety_stock = 1 WHERE sku = 'B'");

        var result = await Check.RunAsync(db);

        Assert.Equal(1, result.Resolved);
        Assert.NotNull((await db.InventoryDrifts.SingleAsync()).ResolvedAt);
    }

    private async Task ArrangeAsync()
    {
        await using (var db = NewContext())
        {
            await StockAsync(db, Clock.GetUtcNow(), ("A", "N1", 4, 0), ("A", "N2", 6, 0), ("B", "N1", 2, 1));
        }

        await InTransactionAsync(db => new StockReservations(Clock).ReserveOrderAsync(db,
            new ReservationRequest(Guid.NewGuid(), Web, [new(1, "A", 3)])));
    }
}

using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Persistence;
using EcomErp.Commerce.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Commerce.Tests.Inventory;

public sealed class StockReservationsTests : DatabaseTest
{
    private StockReservations Reservations => new(Clock);

    [Fact]
    public async Task ReserveOrderAsync_EverySkuCovered_HoldsAgainstTheNetwork()
    {
        await ArrangeStockAsync(("A", "N1", 3, 0), ("A", "N2", 4, 1), ("B", "N1", 2, 0));
        var order = Guid.NewGuid();

        var outcome = await InTransactionAsync(db =>
            Reserve(db, order, [new(1, "A", 6), new(2, "B", 2)]));

        Assert.True(outcome.Succeeded);
        await using var check = NewContext();
        var held = await check.Reservations.Where(reservation => reservation.OrderId == order).ToListAsync();
        Assert.All(held, reservation => Assert.Null(reservation.NodeCode));
        Assert.Equal([("A", 6), ("B", 2)], held.OrderBy(r => r.Sku).Select(r => (r.Sku, r.Quantity)));
    }

    [Fact]
    public async Task ReserveOrderAsync_OneSkuShort_HoldsNothing()
    {
        await ArrangeStockAsync(("A", "N1", 10, 0), ("B", "N1", 3, 1));

        var outcome = await InTransactionAsync(db =>
            Reserve(db, Guid.NewGuid(), [new(1, "A", 5), new(2, "B", 3)]));

        Assert.False(outcome.Succeeded);
        Assert.Equal(new StockShortage("B", null, 3, 2), Assert.Single(outcome.Shortages));
        await using var check = NewContext();
        Assert.Empty(await check.Reservations.ToListAsync());
        Assert.Empty(await check.InventoryLedger.Where(entry => entry.OrderId != null).ToListAsync());
    }

    [Fact]
    public async Task ReserveOrderAsync_NetworkHoldsOfOtherOrders_CountAgainstAvailability()
    {
        await ArrangeStockAsync(("A", "N1", 5, 0));
        await InTransactionAsync(db => Reserve(db, Guid.NewGuid(), [new(1, "A", 4)]));

        var outcome = await InTransactionAsync(db =>
            Reserve(db, Guid.NewGuid(), [new(1, "A", 2)]));

        Assert.Equal(1, Assert.Single(outcome.Shortages).Available);
    }

    [Fact]
    public async Task ReserveOrderAsync_TwentyRacingForTheLastFive_ExactlyFiveSucceed()
    {
        await ArrangeStockAsync(("LAST", "N1", 3, 0), ("LAST", "N2", 2, 0));
        var orders = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToArray();

        var outcomes = await Task.WhenAll(orders.Select(order => Task.Run(() => InTransactionAsync(db =>
            Reserve(db, order, [new(1, "LAST", 1)])))));

        Assert.Equal(5, outcomes.Count(outcome => outcome.Succeeded));
        await using var check = NewContext();
        Assert.Equal(5, await check.Reservations.SumAsync(reservation => reservation.Quantity));
        var onHand = await check.StockPositions.SumAsync(position => position.OnHand - position.SafetyStock);
        Assert.Equal(5, onHand);
        Assert.Equal(onHand, await check.Reservations.SumAsync(reservation => reservation.Quantity));
    }

    [Fact]
    public async Task AssignToNodesAsync_NodeCovers_MovesTheHoldToTheNode()
    {
        await ArrangeStockAsync(("A", "N1", 5, 1), ("A", "N2", 5, 0));
        var order = Guid.NewGuid();
        await InTransactionAsync(db => Reserve(db, order, [new(1, "A", 6)]));

        var outcome = await InTransactionAsync(db =>
            Reservations.AssignToNodesAsync(db, order, [new(1, "N1", 4), new(1, "N2", 2)]));

        Assert.True(outcome.Succeeded);
        await using var check = NewContext();
        var held = await check.Reservations.OrderBy(r => r.NodeCode).ToListAsync();
        Assert.Equal([("N1", 4), ("N2", 2)], held.Select(r => (r.NodeCode, r.Quantity)));
        var reserved = await check.StockPositions.OrderBy(p => p.NodeCode).Select(p => p.Reserved).ToListAsync();
        Assert.Equal([4, 2], reserved);
    }

    [Fact]
    public async Task AssignToNodesAsync_NodeShort_ChangesNothing()
    {
        await ArrangeStockAsync(("A", "N1", 5, 2), ("A", "N2", 5, 0));
        var order = Guid.NewGuid();
        await InTransactionAsync(db => Reserve(db, order, [new(1, "A", 4)]));

        var outcome = await InTransactionAsync(db => Reservations.AssignToNodesAsync(db, order, [new(1, "N1", 4)]));

        Assert.Equal(new StockShortage("A", "N1", 4, 3), Assert.Single(outcome.Shortages));
        await using var check = NewContext();
        Assert.Null((await check.Reservations.SingleAsync()).NodeCode);
        Assert.All(await check.StockPositions.ToListAsync(), position => Assert.Equal(0, position.Reserved));
    }

    [Fact]
    public async Task AssignToNodesAsync_PlanDoesNotMatchHolds_Throws()
    {
        await ArrangeStockAsync(("A", "N1", 5, 0));
        var order = Guid.NewGuid();
        await InTransactionAsync(db => Reserve(db, order, [new(1, "A", 3)]));

        await Assert.ThrowsAsync<ArgumentException>(() =>
            InTransactionAsync(db => Reservations.AssignToNodesAsync(db, order, [new(1, "N1", 2)])));
    }

    [Fact]
    public async Task ReleaseOrderAsync_TwoOrders_ReleasesOnlyThatOrder()
    {
        await ArrangeStockAsync(("A", "N1", 10, 0));
        var (kept, released) = (Guid.NewGuid(), Guid.NewGuid());
        await InTransactionAsync(db => Reserve(db, kept, [new(1, "A", 2)]));
        await InTransactionAsync(db => Reserve(db, released, [new(1, "A", 3)]));
        await InTransactionAsync(db => Reservations.AssignToNodesAsync(db, kept, [new(1, "N1", 2)]));
        await InTransactionAsync(db => Reservations.AssignToNodesAsync(db, released, [new(1, "N1", 3)]));

        var units = await InTransactionAsync(db => Reservations.ReleaseOrderAsync(db, released));

        Assert.Equal(3, units);
        await using var check = NewContext();
        var statuses = await check.Reservations.ToDictionaryAsync(r => r.OrderId, r => r.Status);
        Assert.Equal(ReservationStatus.Held, statuses[kept]);
        Assert.Equal(ReservationStatus.Released, statuses[released]);
        Assert.Equal(2, (await check.StockPositions.SingleAsync()).Reserved);
    }

    [Fact]
    public async Task ShipAsync_HeldAtNode_LowersOnHandAndReserved()
    {
        await ArrangeStockAsync(("A", "N1", 10, 1));
        var order = Guid.NewGuid();
        await InTransactionAsync(db => Reserve(db, order, [new(1, "A", 4)]));
        await InTransactionAsync(db => Reservations.AssignToNodesAsync(db, order, [new(1, "N1", 4)]));

        await InTransactionAsync(async db =>
        {
            await Reservations.ShipAsync(db, order, "N1", [new(1, 3)]);
            return true;
        });

        await using var check = NewContext();
        var position = await check.StockPositions.SingleAsync();
        Assert.Equal((7, 1), (position.OnHand, position.Reserved));
        var rows = await check.Reservations.ToListAsync();
        Assert.Equal([(ReservationStatus.Held, 1), (ReservationStatus.Shipped, 3)],
            rows.OrderBy(r => r.Status).Select(r => (r.Status, r.Quantity)));
    }

    [Fact]
    public async Task ShipAsync_MoreThanHeld_Throws()
    {
        await ArrangeStockAsync(("A", "N1", 10, 0));
        var order = Guid.NewGuid();
        await InTransactionAsync(db => Reserve(db, order, [new(1, "A", 2)]));
        await InTransactionAsync(db => Reservations.AssignToNodesAsync(db, order, [new(1, "N1", 2)]));

        await Assert.ThrowsAsync<InvalidOperationException>(() => InTransactionAsync(async db =>
        {
            await Reservations.ShipAsync(db, order, "N1", [new(1, 3)]);
            return true;
        }));
    }

    [Fact]
    public async Task Ledger_AfterAFullLifecycle_ReplaysToThePositions()
    {
        await ArrangeStockAsync(("A", "N1", 10, 1), ("A", "N2", 6, 0), ("B", "N2", 5, 0));
        var (shipped, released, waiting) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await RunLifecycleAsync(shipped, released, waiting);

        await using var check = NewContext();
        var replayed = InventoryLedger.Replay(await check.InventoryLedger.ToListAsync());
        foreach (var position in await check.StockPositions.ToListAsync())
        {
            Assert.Equal(position.AsBalance(), replayed[(position.Sku, position.NodeCode)]);
        }

        var networkHeld = await check.Reservations
            .Where(r => r.NodeCode == null && r.Status == ReservationStatus.Held).SumAsync(r => r.Quantity);
        Assert.Equal(networkHeld, replayed[("A", null)].Reserved);
    }

    [Fact]
    public async Task ReserveOrderAsync_WithoutTransaction_Throws()
    {
        await using var db = NewContext();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Reserve(db, Guid.NewGuid(), [new(1, "A", 1)]));
    }

    private async Task RunLifecycleAsync(Guid shipped, Guid released, Guid waiting)
    {
        await InTransactionAsync(db => Reserve(db, shipped, [new(1, "A", 5), new(2, "B", 2)]));
        await InTransactionAsync(db => Reserve(db, released, [new(1, "A", 3)]));
        await InTransactionAsync(db => Reserve(db, waiting, [new(1, "A", 2)]));
        await InTransactionAsync(db => Reservations.AssignToNodesAsync(db, shipped,
            [new(1, "N1", 4), new(1, "N2", 1), new(2, "N2", 2)]));
        await InTransactionAsync(db => Reservations.AssignToNodesAsync(db, released, [new(1, "N2", 3)]));
        await InTransactionAsync(async db =>
        {
            await Reservations.ShipAsync(db, shipped, "N1", [new(1, 4)]);
            await Reservations.ShipAsync(db, shipped, "N2", [new(1, 1), new(2, 1)]);
            return await Reservations.ReleaseOrderAsync(db, released);
        });
    }

    private Task<ReservationOutcome> Reserve(CommerceDbContext db, Guid order, ReservationLine[] lines) =>
        Reservations.ReserveOrderAsync(db, new ReservationRequest(order, StockArrangement.Web, lines));

    private async Task ArrangeStockAsync(params (string Sku, string Node, int OnHand, int Safety)[] stock)
    {
        await using var db = NewContext();
        await StockArrangement.StockAsync(db, Clock.GetUtcNow(), stock);
    }
}

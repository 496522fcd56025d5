using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Inventory.Feed;
using EcomErp.Commerce.Inventory.Movements;
using EcomErp.Commerce.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static EcomErp.Commerce.Tests.Support.StockArrangement;

namespace EcomErp.Commerce.Tests.Inventory;

public sealed class BackorderTests : DatabaseTest
{
    private StockReservations Reservations => new(Clock);

    [Fact]
    public async Task ReserveOrderAsync_PartialPolicyShort_HoldsWhatItCanAndBackordersTheRest()
    {
        await ArrangeAsync(onHand: 3);
        var order = Guid.NewGuid();

        var outcome = await ReserveAsync(order, 5);

        Assert.True(outcome.Backordered);
        Assert.Equal(new StockShortage("A", null, 5, 3), Assert.Single(outcome.Shortages));
        Assert.Equal([(ReservationStatus.Held, 3), (ReservationStatus.Backordered, 2)], await RowsAsync(order));
    }

    [Fact]
    public async Task ReserveOrderAsync_AgainAfterAReceipt_FillsTheBackorderWithoutHoldingTwice()
    {
        await ArrangeAsync(onHand: 3);
        var order = Guid.NewGuid();
        await ReserveAsync(order, 5);
        await InTransactionAsync(db => new StockMovements(Clock, AvailabilityFeed.Immediate).PostAsync(db,
            [new StockMovement(MovementKind.Receipt, "A", "N1", 4, null)]));

        var outcome = await ReserveAsync(order, 5);
        var again = await ReserveAsync(order, 5);

        Assert.True(outcome.Succeeded);
        Assert.True(again.Succeeded);
        Assert.Equal([(ReservationStatus.Held, 5), (ReservationStatus.Filled, 2)], await RowsAsync(order));
        await using var db = NewContext();
        var channel = await db.ChannelPositions.SingleAsync();
        Assert.Equal((5, 5), (channel.Reserved, channel.Unassigned));
    }

    [Fact]
    public async Task ReleaseOrderAsync_Backordered_DropsTheBackorderAndReleasesTheHold()
    {
        await ArrangeAsync(onHand: 3);
        var order = Guid.NewGuid();
        await ReserveAsync(order, 5);

        var released = await InTransactionAsync(db => Reservations.ReleaseOrderAsync(db, order));

        Assert.Equal(3, released);
        Assert.Equal([(ReservationStatus.Released, 3), (ReservationStatus.Released, 2)], await RowsAsync(order));
    }

    private async Task ArrangeAsync(int onHand)
    {
        await using var db = NewContext();
        await StockAsync(db, Clock.GetUtcNow(), ("A", "N1", onHand, 0));
        await PolicyAsync(db, Web, share: null, backorders: true);
    }

    private Task<ReservationOutcome> ReserveAsync(Guid order, int units) =>
        InTransactionAsync(db => Reservations.ReserveOrderAsync(db,
            new ReservationRequest(order, Web, [new(1, "A", units)], ReservationPolicy.PartialWithBackorder)));

    private async Task<List<(ReservationStatus, int)>> RowsAsync(Guid order)
    {
        await using var db = NewContext();
        return (await db.Reservations.AsNoTracking().Where(r => r.OrderId == order).OrderBy(r => r.Id).ToListAsync())
            .Select(r => (r.Status, r.Quantity)).ToList();
    }
}

using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static EcomErp.Commerce.Tests.Support.StockArrangement;

namespace EcomErp.Commerce.Tests.Inventory;

public sealed class CancellationTests : DatabaseTest
{
    private StockReservations Reservations => new(Clock);

    [Fact]
    public async Task ReleaseOrderAsync_ShippedOrder_TouchesNoOtherOrdersReservations()
    {
        await using (var db = NewContext())
        {
            await StockAsync(db, Clock.GetUtcNow(), ("A", "N1", 10, 0));
        }

        var (shipped, routed, waiting) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await ReserveAsync(shipped, 3);
        await ReserveAsync(routed, 2);
        await ReserveAsync(waiting, 1);
        await InTransactionAsync(db => Reservations.AssignToNodesAsync(db, shipped, [new(1, "N1", 3)]));
        await InTransactionAsync(db => Reservations.AssignToNodesAsync(db, routed, [new(1, "N1", 2)]));
        await InTransactionAsync(async db =>
        {
            await Reservations.ShipAsync(db, shipped, "N1", [new(1, 3)]);
            return true;
        });
        var before = await RowsAsync();

        var released = await InTransactionAsync(db => Reservations.ReleaseOrderAsync(db, shipped));

        Assert.Equal(0, released);
        Assert.Equal(before, await RowsAsync());
        await using var check = NewContext();
        var position = await check.StockPositions.SingleAsync();
        Assert.Equal((7, 2), (position.OnHand, position.Reserved));
        var channel = await check.ChannelPositions.SingleAsync();
        Assert.Equal((3, 1), (channel.Reserved, channel.Unassigned));
    }

    [Fact]
    public async Task ReleaseOrderAsync_PartlyShippedOrder_ReleasesOnlyItsUnshippedUnits()
    {
        await using (var db = NewContext())
        {
            await StockAsync(db, Clock.GetUtcNow(), ("A", "N1", 10, 0));
        }

        var (cancelled, other) = (Guid.NewGuid(), Guid.NewGuid());
        await ReserveAsync(cancelled, 4);
        await ReserveAsync(other, 2);
        await InTransactionAsync(db => Reservations.AssignToNodesAsync(db, cancelled, [new(1, "N1", 4)]));
        await InTransactionAsync(async db =>
        {
            await Reservations.ShipAsync(db, cancelled, "N1", [new(1, 1)]);
            return true;
        });

        var released = await InTransactionAsync(db => Reservations.ReleaseOrderAsync(db, cancelled));

        Assert.Equal(3, released);
        await using var check = NewContext();
        var position = await check.StockPositions.SingleAsync();
        Assert.Equal((9, 0), (position.OnHand, position.Reserved));
        var others = await check.Reservations.Where(r => r.OrderId == other).SingleAsync();
        Assert.Equal((ReservationStatus.Held, 2, (string?)null), (others.Status, others.Quantity, others.NodeCode));
    }

    private Task<ReservationOutcome> ReserveAsync(Guid order, int units) =>
        InTransactionAsync(db => Reservations.ReserveOrderAsync(db,
            new ReservationRequest(order, Web, [new(1, "A", units)])));

    private async Task<List<(Guid, string?, ReservationStatus, int)>> RowsAsync()
    {
        await using var db = NewContext();
        return (await db.Reservations.AsNoTracking().OrderBy(r => r.Id).ToListAsync())
            .Select(r => (r.OrderId, r.NodeCode, r.Status, r.Quantity)).ToList();
    }
}

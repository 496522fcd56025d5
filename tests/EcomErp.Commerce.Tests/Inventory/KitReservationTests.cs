using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Inventory.Availability;
using EcomErp.Commerce.Inventory.Movements;
using EcomErp.Commerce.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static EcomErp.Commerce.Tests.Support.StockArrangement;

namespace EcomErp.Commerce.Tests.Inventory;

/// <summary>
/// A kit of two lenses (A, 2 per kit) and one frame (B): A has 9 on hand with 1 safety, so 8 sellable, 4 kits;
/// B has 3, so 3 kits. The kit's figure is 3.
/// </summary>
public sealed class KitReservationTests : DatabaseTest
{
    private StockReservations Reservations => new(Clock);

    [Fact]
    public async Task ForChannel_TwoComponents_IsTheSmallestNumberOfWholeKits()
    {
        await ArrangeAsync();

        Assert.Equal((3, 8, 3), await FiguresAsync());
    }

    [Fact]
    public async Task ReserveOrderAsync_TwoKits_HoldsTheirComponents()
    {
        await ArrangeAsync();
        var order = Guid.NewGuid();

        var outcome = await ReserveAsync(order, 2);

        Assert.True(outcome.Succeeded);
        Assert.Equal((1, 4, 1), await FiguresAsync());
        await using var check = NewContext();
        var held = await check.Reservations.Where(r => r.OrderId == order).OrderBy(r => r.Sku).ToListAsync();
        Assert.Equal([("A", 4, 2), ("B", 2, 1)], held.Select(r => (r.Sku, r.Quantity, r.PerLineUnit)));
    }

    [Fact]
    public async Task ReserveOrderAsync_MoreKitsThanAComponentAllows_HoldsNothingAndNamesIt()
    {
        await ArrangeAsync();
        await ReserveAsync(Guid.NewGuid(), 2);

        var outcome = await ReserveAsync(Guid.NewGuid(), 2);

        Assert.Equal(new StockShortage("B", null, 2, 1), Assert.Single(outcome.Shortages));
        Assert.Equal((1, 4, 1), await FiguresAsync());
    }

    [Fact]
    public async Task ReserveOrderAsync_KitsWhoseUnitsPassInt32_IsShortInsteadOfWrapping()
    {
        await ArrangeAsync();
        await using (var db = NewContext())
        {
            await KitAsync(db, "PAIR", ("A", 2));
        }

        // 2^30 pairs are 2^31 lenses: one more than a 32-bit count holds.
        var outcome = await InTransactionAsync(db => Reservations.ReserveOrderAsync(db,
            new ReservationRequest(Guid.NewGuid(), Web, [new(1, "PAIR", 1 << 30)])));

        Assert.Equal(new StockShortage("A", null, int.MaxValue, 8), Assert.Single(outcome.Shortages));
        await using var check = NewContext();
        Assert.Empty(await check.Reservations.ToListAsync());
    }

    [Fact]
    public async Task ReleaseOrderAsync_KitOrder_GivesBackExactlyItsComponents()
    {
        await ArrangeAsync();
        var (kept, released) = (Guid.NewGuid(), Guid.NewGuid());
        await ReserveAsync(kept, 1);
        await ReserveAsync(released, 2);

        var units = await InTransactionAsync(db => Reservations.ReleaseOrderAsync(db, released));

        Assert.Equal(4 + 2, units);
        Assert.Equal((2, 6, 2), await FiguresAsync());
    }

    [Fact]
    public async Task ShipAsync_KitRoutedToANode_ShipsItsComponents()
    {
        await ArrangeAsync();
        var order = Guid.NewGuid();
        await ReserveAsync(order, 2);
        await InTransactionAsync(db => Reservations.AssignToNodesAsync(db, order, [new(1, "N1", 2)]));

        await InTransactionAsync(async db =>
        {
            await Reservations.ShipAsync(db, order, "N1", [new(1, 1)]);
            return true;
        });

        await using var check = NewContext();
        var positions = await check.StockPositions.OrderBy(p => p.Sku).ToListAsync();
        Assert.Equal([("A", 7, 2), ("B", 2, 1)], positions.Select(p => (p.Sku, p.OnHand, p.Reserved)));
        Assert.Equal((1, 4, 1), await FiguresAsync());
    }

    [Fact]
    public async Task ProblemsAsync_ReceiptOfAKit_IsRefused()
    {
        await ArrangeAsync();
        await using var db = NewContext();

        var problems = await StockMovements.ProblemsAsync(db,
            [new StockMovement(MovementKind.Receipt, "KIT", "N1", 5, null)], ["movements[0]"], default);

        Assert.Equal("movements[0].sku", Assert.Single(problems).Field);
    }

    private async Task ArrangeAsync()
    {
        await using var db = NewContext();
        await StockAsync(db, Clock.GetUtcNow(), ("A", "N1", 9, 1), ("B", "N1", 3, 0));
        await KitAsync(db, "KIT", ("A", 2), ("B", 1));
    }

    private Task<ReservationOutcome> ReserveAsync(Guid order, int kits) =>
        InTransactionAsync(db => Reservations.ReserveOrderAsync(db,
            new ReservationRequest(order, Web, [new(1, "KIT", kits)])));

    /// <summary>The web figures of the kit, A and B.</summary>
    private async Task<(int Kit, int A, int B)> FiguresAsync()
    {
        await using var db = NewContext();
        var picture = await StockPictures.LoadAsync(db, ["KIT", "A", "B"], Clock.GetUtcNow(), default);
        var ats = (string sku) => AvailabilityCalculator.ForChannel(picture, sku, Web).Ats;
        return (ats("KIT"), ats("A"), ats("B"));
    }
}

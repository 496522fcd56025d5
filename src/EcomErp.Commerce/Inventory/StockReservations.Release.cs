using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Commerce.Inventory;

public sealed partial class StockReservations
{
    /// <summary>
    /// Lets go of everything still held for the order, at nodes or against the network, and drops its
    /// backorders. Only this order's rows are touched: shipped units stay shipped, and other orders' holds on
    /// the same SKUs do not move.
    /// </summary>
    /// <returns>The units released.</returns>
    public async Task<int> ReleaseOrderAsync(
        CommerceDbContext db,
        Guid orderId,
        CancellationToken cancellationToken = default)
    {
        StockLocks.RequireTransaction(db);
        var skus = await Releasable(db, orderId).Select(r => r.Sku).Distinct().ToListAsync(cancellationToken);
        if (skus.Count == 0)
        {
            return 0;
        }

        var stock = await LockedStock.OpenAsync(db, skus, clock.GetUtcNow(), cancellationToken);
        var rows = await Releasable(db, orderId).ToListAsync(cancellationToken);
        var released = rows.Where(row => row.Status == ReservationStatus.Held).Sum(row => row.Quantity);
        var now = clock.GetUtcNow();
        foreach (var row in rows)
        {
            if (row.Status == ReservationStatus.Held)
            {
                Record(stock, MovementKind.Release, row, row.NodeCode, -row.Quantity);
            }

            (row.Status, row.UpdatedAt) = (ReservationStatus.Released, now);
        }

        await stock.SaveAsync(feed, cancellationToken);
        return released;
    }

    private static IQueryable<Reservation> Releasable(CommerceDbContext db, Guid orderId) =>
        db.Reservations.Where(r => r.OrderId == orderId
            && (r.Status == ReservationStatus.Held || r.Status == ReservationStatus.Backordered));
}

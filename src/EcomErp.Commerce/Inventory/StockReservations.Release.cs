using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Commerce.Inventory;

public sealed partial class StockReservations
{
    /// <summary>Lets go of everything still held for the order, at nodes or against the network.</summary>
    /// <returns>The units released.</returns>
    public async Task<int> ReleaseOrderAsync(
        CommerceDbContext db,
        Guid orderId,
        CancellationToken cancellationToken = default)
    {
        StockLocks.RequireTransaction(db);
        var held = await HeldFor(db, orderId).ToListAsync(cancellationToken);
        if (held.Count == 0)
        {
            return 0;
        }

        await StockLocks.LockAsync(db, held.Select(reservation => reservation.Sku), cancellationToken);
        var positions = await LoadPositionsAsync(db, AtNodes(held), cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var reservation in held)
        {
            if (reservation.NodeCode is { } node)
            {
                positions[(reservation.Sku, node)].Reserved -= reservation.Quantity;
            }

            (reservation.Status, reservation.UpdatedAt) = (ReservationStatus.Released, now);
            Record(db, MovementKind.Release, reservation.Sku, reservation.NodeCode, -reservation.Quantity, orderId);
        }

        await db.SaveChangesAsync(cancellationToken);
        return held.Sum(reservation => reservation.Quantity);
    }

    /// <summary>
    /// Records that <paramref name="nodeCode"/> shipped <paramref name="lines"/> of the order: the units leave its
    /// on hand and its reserved alike. A partial shipment leaves the rest of the line held.
    /// </summary>
    /// <exception cref="InvalidOperationException">A line ships more than the node holds for it.</exception>
    public async Task ShipAsync(
        CommerceDbContext db,
        Guid orderId,
        string nodeCode,
        IReadOnlyList<ShipmentLine> lines,
        CancellationToken cancellationToken = default)
    {
        Guard(db, orderId, lines, line => line.Quantity);
        var held = await HeldByLineAsync(db, orderId, nodeCode, cancellationToken);
        CheckShipmentIsHeld(orderId, nodeCode, held, lines);

        await StockLocks.LockAsync(db, held.Values.Select(reservation => reservation.Sku), cancellationToken);
        var positions = await LoadPositionsAsync(db, AtNodes(held.Values), cancellationToken);
        foreach (var line in lines)
        {
            var reservation = held[line.LineNo];
            var position = positions[(reservation.Sku, nodeCode)];
            position.OnHand -= line.Quantity;
            position.Reserved -= line.Quantity;
            MarkShipped(db, reservation, line.Quantity);
            Record(db, MovementKind.Shipment, reservation.Sku, nodeCode, -line.Quantity, orderId);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void CheckShipmentIsHeld(
        Guid orderId,
        string nodeCode,
        IReadOnlyDictionary<int, Reservation> held,
        IReadOnlyList<ShipmentLine> lines)
    {
        var unheld = lines.GroupBy(line => line.LineNo)
            .Where(line => line.Sum(shipped => shipped.Quantity) > (held.GetValueOrDefault(line.Key)?.Quantity ?? 0))
            .Select(line => line.Key)
            .ToArray();
        if (unheld.Length > 0)
        {
            throw new InvalidOperationException($"Node {nodeCode} does not hold enough of order {orderId} to ship " +
                $"line(s) {string.Join(", ", unheld)}.");
        }
    }

    private void MarkShipped(CommerceDbContext db, Reservation reservation, int quantity)
    {
        var now = clock.GetUtcNow();
        if (quantity == reservation.Quantity)
        {
            (reservation.Status, reservation.UpdatedAt) = (ReservationStatus.Shipped, now);
            return;
        }

        reservation.Quantity -= quantity;
        reservation.UpdatedAt = now;
        var shipped = Reservation.Hold(reservation.OrderId, reservation.LineNo, reservation.Sku, quantity,
            reservation.NodeCode, now);
        shipped.Status = ReservationStatus.Shipped;
        db.Reservations.Add(shipped);
    }

    private static IEnumerable<(string Sku, string NodeCode)> AtNodes(IEnumerable<Reservation> reservations) =>
        reservations
            .Where(reservation => reservation.NodeCode is not null)
            .Select(reservation => (reservation.Sku, reservation.NodeCode!));
}

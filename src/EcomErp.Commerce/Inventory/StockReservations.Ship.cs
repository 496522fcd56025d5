using EcomErp.Commerce.Inventory.Availability;
using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Commerce.Inventory;

public sealed partial class StockReservations
{
    /// <summary>
    /// Records that <paramref name="nodeCode"/> shipped <paramref name="lines"/> of the order (in line units; a kit
    /// line ships its components): the units leave its on hand and its reserved alike. A partial shipment leaves
    /// the rest of the line held.
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
        var skus = await HeldFor(db, orderId, nodeCode).Select(r => r.Sku).ToListAsync(cancellationToken);
        var stock = await LockedStock.OpenAsync(db, skus, clock.GetUtcNow(), cancellationToken);
        var held = await HeldByLineAsync(db, orderId, nodeCode, cancellationToken);
        var shipped = lines.GroupBy(line => line.LineNo).ToDictionary(g => g.Key, g => g.Sum(line => line.Quantity));
        CheckShipmentIsHeld(orderId, nodeCode, held, shipped);

        foreach (var (lineNo, units) in shipped)
        {
            foreach (var row in held[lineNo])
            {
                var quantity = units * row.PerLineUnit;
                Record(stock, MovementKind.Shipment, row, nodeCode, -quantity);
                MarkShipped(db, row, quantity);
            }
        }

        await stock.SaveAsync(feed, cancellationToken);
    }

    /// <summary>What each node can still promise of <paramref name="skus"/> (kits: whole kits), for routing.</summary>
    public async Task<IReadOnlyList<NodeStock>> AvailableAtNodesAsync(
        CommerceDbContext db,
        IEnumerable<string> skus,
        CancellationToken cancellationToken = default)
    {
        var codes = skus.Distinct(StringComparer.Ordinal).ToArray();
        var picture = await StockPictures.LoadAsync(db, codes, clock.GetUtcNow(), cancellationToken);
        return [.. codes.SelectMany(sku => AvailabilityCalculator.AtNodes(picture, sku))];
    }

    private static void CheckShipmentIsHeld(
        Guid orderId,
        string nodeCode,
        IReadOnlyDictionary<int, List<Reservation>> held,
        IReadOnlyDictionary<int, int> shipped)
    {
        var unheld = shipped.Where(line => line.Value > LineUnits(held.GetValueOrDefault(line.Key)))
            .Select(line => line.Key)
            .Order()
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

        (reservation.Quantity, reservation.UpdatedAt) = (reservation.Quantity - quantity, now);
        db.Reservations.Add(reservation.Split(quantity, ReservationStatus.Shipped, now));
    }
}

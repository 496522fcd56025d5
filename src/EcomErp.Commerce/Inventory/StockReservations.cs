using EcomErp.Commerce.Orders;
using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Commerce.Inventory;

/// <summary>
/// Holds, moves, releases and ships stock for orders without ever overselling, however many processes race.
/// Every method works inside the caller's transaction on the given context, and writes its ledger entries in the
/// same save as the changes they record. Use a context per unit of work: tracked positions are not refreshed.
/// </summary>
/// <param name="clock">The clock that stamps ledger entries and reservations.</param>
public sealed partial class StockReservations(TimeProvider clock)
{
    /// <summary>Holds stock for the order's stocked lines (shipped goods that are not gift cards).</summary>
    public Task<ReservationOutcome> ReserveOrderAsync(
        CommerceDbContext db,
        Order order,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        var lines = order.Lines
            .Where(line => line.IsStocked)
            .Select(line => new ReservationLine(line.LineNo, line.Sku, line.Quantity))
            .ToArray();
        return ReserveOrderAsync(db, order.Id, lines, cancellationToken);
    }

    /// <summary>
    /// Holds <paramref name="lines"/> against the network: all of them, or none when any SKU's available-to-sell
    /// summed over the nodes does not cover it. Calling it again for an order that already holds stock changes
    /// nothing and succeeds.
    /// </summary>
    public async Task<ReservationOutcome> ReserveOrderAsync(
        CommerceDbContext db,
        Guid orderId,
        IReadOnlyList<ReservationLine> lines,
        CancellationToken cancellationToken = default)
    {
        Guard(db, orderId, lines, line => line.Quantity);
        if (await HeldFor(db, orderId).AnyAsync(cancellationToken))
        {
            return ReservationOutcome.Success;
        }

        var demand = SumBySku(lines);
        await StockLocks.LockAsync(db, demand.Keys, cancellationToken);
        var available = await NetworkAvailableAsync(db, demand.Keys, cancellationToken);
        var shortages = Shortages(demand, available, nodeCode: null);
        if (shortages.Count > 0)
        {
            return new ReservationOutcome(shortages);
        }

        HoldAgainstNetwork(db, orderId, lines);
        await db.SaveChangesAsync(cancellationToken);
        return ReservationOutcome.Success;
    }

    /// <summary>What each node can still promise of <paramref name="skus"/>, for routing.</summary>
    public static async Task<IReadOnlyList<NodeStock>> AvailableAtNodesAsync(
        CommerceDbContext db,
        IEnumerable<string> skus,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var codes = skus.Distinct(StringComparer.Ordinal).ToArray();
        var positions = await db.StockPositions.AsNoTracking()
            .Where(position => codes.Contains(position.Sku))
            .ToListAsync(cancellationToken);
        return [.. positions.Select(position => new NodeStock(position.NodeCode, position.Sku, position.Available))];
    }

    private static async Task<Dictionary<string, int>> NetworkAvailableAsync(
        CommerceDbContext db,
        IEnumerable<string> skus,
        CancellationToken cancellationToken)
    {
        var codes = skus.ToArray();
        var atNodes = await db.StockPositions
            .Where(position => codes.Contains(position.Sku))
            .GroupBy(position => position.Sku)
            .Select(group => new
            {
                Sku = group.Key,
                Available = group.Sum(position =>
                    Math.Max(0, position.OnHand - position.SafetyStock - position.Reserved)),
            })
            .ToDictionaryAsync(row => row.Sku, row => row.Available, cancellationToken);
        var heldByNetwork = await db.Reservations
            .Where(reservation => codes.Contains(reservation.Sku) && reservation.NodeCode == null
                && reservation.Status == ReservationStatus.Held)
            .GroupBy(reservation => reservation.Sku)
            .Select(group => new { Sku = group.Key, Held = group.Sum(reservation => reservation.Quantity) })
            .ToDictionaryAsync(row => row.Sku, row => row.Held, cancellationToken);
        return codes.ToDictionary(
            sku => sku,
            sku => atNodes.GetValueOrDefault(sku) - heldByNetwork.GetValueOrDefault(sku));
    }

    private void HoldAgainstNetwork(CommerceDbContext db, Guid orderId, IEnumerable<ReservationLine> lines)
    {
        var now = clock.GetUtcNow();
        foreach (var line in lines)
        {
            db.Reservations.Add(Reservation.Hold(orderId, line.LineNo, line.Sku, line.Quantity, nodeCode: null, now));
            Record(db, MovementKind.Reservation, line.Sku, nodeCode: null, line.Quantity, orderId);
        }
    }

    private static IQueryable<Reservation> HeldFor(CommerceDbContext db, Guid orderId) =>
        db.Reservations.Where(reservation => reservation.OrderId == orderId
            && reservation.Status == ReservationStatus.Held);

    private static Dictionary<string, int> SumBySku(IEnumerable<ReservationLine> lines) =>
        lines.GroupBy(line => line.Sku, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Sum(line => line.Quantity), StringComparer.Ordinal);

    private static List<StockShortage> Shortages(
        IReadOnlyDictionary<string, int> demand,
        IReadOnlyDictionary<string, int> available,
        string? nodeCode) =>
        [.. demand
            .Where(wanted => available.GetValueOrDefault(wanted.Key) < wanted.Value)
            .Select(wanted => new StockShortage(wanted.Key, nodeCode, wanted.Value,
                Math.Max(0, available.GetValueOrDefault(wanted.Key))))];

    private void Record(
        CommerceDbContext db,
        MovementKind kind,
        string sku,
        string? nodeCode,
        int delta,
        Guid orderId) =>
        db.InventoryLedger.Add(InventoryLedgerEntry.Record(kind, sku, nodeCode, delta, orderId, clock.GetUtcNow()));

    private static void Guard<T>(CommerceDbContext db, Guid orderId, IReadOnlyList<T> items, Func<T, int> quantity)
    {
        ArgumentNullException.ThrowIfNull(items);
        StockLocks.RequireTransaction(db);
        if (items.Any(item => quantity(item) <= 0))
        {
            throw new ArgumentException($"Every quantity for order {orderId} must be positive.", nameof(items));
        }
    }

    /// <summary>The order's held reservations at <paramref name="nodeCode"/> (null: the network), by line.</summary>
    private static Task<Dictionary<int, Reservation>> HeldByLineAsync(
        CommerceDbContext db,
        Guid orderId,
        string? nodeCode,
        CancellationToken cancellationToken) =>
        HeldFor(db, orderId)
            .Where(reservation => reservation.NodeCode == nodeCode)
            .ToDictionaryAsync(reservation => reservation.LineNo, cancellationToken);
}

using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Commerce.Inventory;

public sealed partial class StockReservations
{
    /// <summary>
    /// Moves the order's network holds to the nodes in <paramref name="plan"/> (in line units; a kit line moves
    /// its components): all of them, or none when a node cannot cover what the plan gives it. The plan must
    /// account for exactly the units held for each line.
    /// </summary>
    /// <exception cref="ArgumentException">The plan does not match the order's network holds.</exception>
    public async Task<ReservationOutcome> AssignToNodesAsync(
        CommerceDbContext db,
        Guid orderId,
        IReadOnlyList<NodeAssignment> plan,
        CancellationToken cancellationToken = default)
    {
        Guard(db, orderId, plan, assignment => assignment.Quantity);
        var skus = await HeldFor(db, orderId, nodeCode: null).Select(r => r.Sku).ToListAsync(cancellationToken);
        var stock = await LockedStock.OpenAsync(db, skus, clock.GetUtcNow(), cancellationToken);
        var held = await HeldByLineAsync(db, orderId, nodeCode: null, cancellationToken);
        CheckPlanMatchesHolds(orderId, held, plan);

        var shortages = NodeShortages(stock, held, plan);
        if (shortages.Count > 0)
        {
            return new ReservationOutcome(shortages);
        }

        MoveToNodes(db, stock, held, plan);
        await stock.SaveAsync(feed, cancellationToken);
        return ReservationOutcome.Success;
    }

    private static void CheckPlanMatchesHolds(
        Guid orderId,
        IReadOnlyDictionary<int, List<Reservation>> held,
        IReadOnlyList<NodeAssignment> plan)
    {
        var planned = plan.GroupBy(assignment => assignment.LineNo)
            .ToDictionary(group => group.Key, group => group.Sum(assignment => assignment.Quantity));
        var mismatched = held.Keys.Union(planned.Keys)
            .Where(lineNo => LineUnits(held.GetValueOrDefault(lineNo)) != planned.GetValueOrDefault(lineNo))
            .Order()
            .ToArray();
        if (mismatched.Length > 0)
        {
            throw new ArgumentException($"The plan for order {orderId} does not match its network holds on " +
                $"line(s) {string.Join(", ", mismatched)}.", nameof(plan));
        }
    }

    private static int LineUnits(List<Reservation>? rows) => rows is null ? 0 : rows.Min(row => row.LineUnits);

    private static List<StockShortage> NodeShortages(
        LockedStock stock,
        Dictionary<int, List<Reservation>> held,
        IReadOnlyList<NodeAssignment> plan) =>
        [.. plan.SelectMany(a => held[a.LineNo].Select(r => (r.Sku, a.NodeCode, Units: a.Quantity * r.PerLineUnit)))
            .GroupBy(wanted => (wanted.Sku, wanted.NodeCode))
            .Select(group => (group.Key, Units: group.Sum(wanted => wanted.Units),
                Available: stock.Picture.PositionAt(group.Key.Sku, group.Key.NodeCode)?.Available ?? 0))
            .Where(wanted => wanted.Available < wanted.Units)
            .Select(wanted => new StockShortage(wanted.Key.Sku, wanted.Key.NodeCode, wanted.Units,
                Math.Max(0, wanted.Available)))];

    private void MoveToNodes(
        CommerceDbContext db,
        LockedStock stock,
        Dictionary<int, List<Reservation>> heldByLine,
        IReadOnlyList<NodeAssignment> plan)
    {
        var now = clock.GetUtcNow();
        var firstOfLine = new HashSet<int>();
        foreach (var assignment in plan)
        {
            var first = firstOfLine.Add(assignment.LineNo);
            foreach (var held in heldByLine[assignment.LineNo])
            {
                var quantity = assignment.Quantity * held.PerLineUnit;
                var moved = first ? held : Reservation.Hold(held.Part, quantity, assignment.NodeCode, now);
                if (!first)
                {
                    db.Reservations.Add(moved);
                }

                (moved.NodeCode, moved.Quantity, moved.UpdatedAt) = (assignment.NodeCode, quantity, now);
                Record(stock, MovementKind.Release, moved, nodeCode: null, -quantity);
                Record(stock, MovementKind.Reservation, moved, assignment.NodeCode, quantity);
            }
        }
    }

    private static IQueryable<Reservation> HeldFor(CommerceDbContext db, Guid orderId, string? nodeCode) =>
        db.Reservations.Where(r => r.OrderId == orderId && r.NodeCode == nodeCode
            && r.Status == ReservationStatus.Held);

    /// <summary>The order's held rows at <paramref name="nodeCode"/> (null: the network), by line.</summary>
    private static async Task<Dictionary<int, List<Reservation>>> HeldByLineAsync(
        CommerceDbContext db,
        Guid orderId,
        string? nodeCode,
        CancellationToken cancellationToken) =>
        (await HeldFor(db, orderId, nodeCode).ToListAsync(cancellationToken))
            .GroupBy(row => row.LineNo)
            .ToDictionary(group => group.Key, group => group.ToList());
}

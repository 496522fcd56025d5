using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Commerce.Inventory;

public sealed partial class StockReservations
{
    /// <summary>
    /// Moves the order's network holds to the nodes in <paramref name="plan"/>: all of them, or none when a node
    /// cannot cover what the plan gives it. The plan must account for exactly the units held for each line.
    /// </summary>
    /// <exception cref="ArgumentException">The plan does not match the order's network holds.</exception>
    public async Task<ReservationOutcome> AssignToNodesAsync(
        CommerceDbContext db,
        Guid orderId,
        IReadOnlyList<NodeAssignment> plan,
        CancellationToken cancellationToken = default)
    {
        Guard(db, orderId, plan, assignment => assignment.Quantity);
        var held = await HeldByLineAsync(db, orderId, nodeCode: null, cancellationToken);
        CheckPlanMatchesHolds(orderId, held, plan);

        await StockLocks.LockAsync(db, held.Values.Select(reservation => reservation.Sku), cancellationToken);
        var demand = plan.GroupBy(assignment => (held[assignment.LineNo].Sku, assignment.NodeCode))
            .ToDictionary(group => group.Key, group => group.Sum(assignment => assignment.Quantity));
        var positions = await LoadPositionsAsync(db, demand.Keys, cancellationToken);
        var shortages = NodeShortages(demand, positions);
        if (shortages.Count > 0)
        {
            return new ReservationOutcome(shortages);
        }

        MoveToNodes(db, held, plan, positions);
        await db.SaveChangesAsync(cancellationToken);
        return ReservationOutcome.Success;
    }

    private static void CheckPlanMatchesHolds(
        Guid orderId,
        IReadOnlyDictionary<int, Reservation> held,
        IReadOnlyList<NodeAssignment> plan)
    {
        var planned = plan.GroupBy(assignment => assignment.LineNo)
            .ToDictionary(group => group.Key, group => group.Sum(assignment => assignment.Quantity));
        var mismatched = held.Keys.Union(planned.Keys)
            .Where(lineNo => (held.GetValueOrDefault(lineNo)?.Quantity ?? 0) != planned.GetValueOrDefault(lineNo))
            .Order()
            .ToArray();
        if (mismatched.Length > 0)
        {
            throw new ArgumentException($"The plan for order {orderId} does not match its network holds on " +
                $"line(s) {string.Join(", ", mismatched)}.", nameof(plan));
        }
    }

    private static async Task<Dictionary<(string Sku, string NodeCode), StockPosition>> LoadPositionsAsync(
        CommerceDbContext db,
        IEnumerable<(string Sku, string NodeCode)> keys,
        CancellationToken cancellationToken)
    {
        var wanted = keys.ToHashSet();
        var skus = wanted.Select(key => key.Sku).Distinct().ToArray();
        var nodes = wanted.Select(key => key.NodeCode).Distinct().ToArray();
        var positions = await db.StockPositions
            .Where(position => skus.Contains(position.Sku) && nodes.Contains(position.NodeCode))
            .ToListAsync(cancellationToken);
        return positions
            .Where(position => wanted.Contains((position.Sku, position.NodeCode)))
            .ToDictionary(position => (position.Sku, position.NodeCode));
    }

    private static List<StockShortage> NodeShortages(
        Dictionary<(string Sku, string NodeCode), int> demand,
        Dictionary<(string Sku, string NodeCode), StockPosition> positions) =>
        [.. demand
            .Select(wanted => (wanted, available: positions.GetValueOrDefault(wanted.Key)?.Available ?? 0))
            .Where(pair => pair.available < pair.wanted.Value)
            .Select(pair => new StockShortage(pair.wanted.Key.Sku, pair.wanted.Key.NodeCode, pair.wanted.Value,
                pair.available))];

    private void MoveToNodes(
        CommerceDbContext db,
        Dictionary<int, Reservation> heldByLine,
        IReadOnlyList<NodeAssignment> plan,
        Dictionary<(string Sku, string NodeCode), StockPosition> positions)
    {
        var now = clock.GetUtcNow();
        var firstOfLine = new HashSet<int>();
        foreach (var assignment in plan)
        {
            var held = heldByLine[assignment.LineNo];
            var moved = firstOfLine.Add(assignment.LineNo) ? held : SplitOff(db, held);
            (moved.NodeCode, moved.Quantity, moved.UpdatedAt) = (assignment.NodeCode, assignment.Quantity, now);
            positions[(moved.Sku, assignment.NodeCode)].Reserved += assignment.Quantity;
            Record(db, MovementKind.Release, moved.Sku, nodeCode: null, -assignment.Quantity, moved.OrderId);
            Record(db, MovementKind.Reservation, moved.Sku, assignment.NodeCode, assignment.Quantity, moved.OrderId);
        }
    }

    /// <summary>A new reservation for the same order line, for the part of it that goes to another node.</summary>
    private Reservation SplitOff(CommerceDbContext db, Reservation held)
    {
        var part = Reservation.Hold(held.OrderId, held.LineNo, held.Sku, held.Quantity, held.NodeCode,
            clock.GetUtcNow());
        db.Reservations.Add(part);
        return part;
    }
}

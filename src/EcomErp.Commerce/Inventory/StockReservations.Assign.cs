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
        ArgumentNullException.ThrowIfNull(plan);
        StockLocks.RequireTransaction(db);
        RequirePositive(plan.Select(assignment => assignment.Quantity), orderId);
        var held = await HeldFor(db, orderId).Where(reservation => reservation.NodeCode == null)
            .ToDictionaryAsync(reservation => reservation.LineNo, cancellationToken);
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
        Dictionary<int, Reservation> held,
        IReadOnlyList<NodeAssignment> plan,
        Dictionary<(string Sku, string NodeCode), StockPosition> positions)
    {
        var now = clock.GetUtcNow();
        foreach (var line in plan.GroupBy(assignment => assignment.LineNo))
        {
            var reservation = held[line.Key];
            foreach (var (assignment, index) in line.Select((assignment, index) => (assignment, index)))
            {
                var moved = index == 0 ? reservation : Reservation.Hold(reservation.OrderId, reservation.LineNo,
                    reservation.Sku, assignment.Quantity, assignment.NodeCode, now);
                (moved.NodeCode, moved.Quantity, moved.UpdatedAt) = (assignment.NodeCode, assignment.Quantity, now);
                db.Reservations.Update(moved);
                positions[(moved.Sku, assignment.NodeCode)].Reserved += assignment.Quantity;
                Record(db, MovementKind.Release, moved.Sku, nodeCode: null, -assignment.Quantity, moved.OrderId);
                Record(db, MovementKind.Reservation, moved.Sku, assignment.NodeCode, assignment.Quantity, moved.OrderId);
            }
        }
    }
}

using EcomErp.Commerce.Inventory.Feed;
using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Commerce.Inventory.Movements;

/// <summary>
/// Books what the ERP or WMS reports: receipts, adjustments, safety stock levels, returns and their inspection,
/// and transfers. Each call locks the SKUs it moves and saves the ledger entries, positions and outbox events
/// together, in the caller's transaction.
/// </summary>
/// <param name="clock">The clock that stamps ledger entries.</param>
/// <param name="feed">Where changed channel figures are written.</param>
public sealed partial class StockMovements(TimeProvider clock, AvailabilityFeed feed)
{
    private static readonly HashSet<MovementKind> Reportable =
    [
        MovementKind.Receipt, MovementKind.Adjustment, MovementKind.SafetyStock, MovementKind.ReturnReceipt,
        MovementKind.InspectionRestocked, MovementKind.InspectionDamaged,
    ];

    /// <summary>
    /// Every problem with <paramref name="movements"/>, keyed by <c>{key}.field</c> where <paramref name="keys"/>
    /// names each movement as the sender's body does (<c>movements[0]</c>, <c>lines[2]</c>): unknown SKUs or
    /// nodes, kits, kinds that cannot be reported, and quantities out of range.
    /// </summary>
    public static async Task<IReadOnlyList<(string Field, string Reason)>> ProblemsAsync(
        CommerceDbContext db,
        IReadOnlyList<StockMovement> movements,
        IReadOnlyList<string> keys,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(movements);
        ArgumentNullException.ThrowIfNull(keys);
        var catalogue = await Catalogue.LoadAsync(db, movements.Select(m => m.Sku), cancellationToken);
        return [.. movements.SelectMany((movement, i) => catalogue.SkuProblems($"{keys[i]}.sku", movement.Sku)
            .Concat(catalogue.NodeProblems($"{keys[i]}.node", movement.NodeCode))
            .Concat(QuantityProblems(keys[i], movement)))];
    }

    /// <summary>
    /// Posts <paramref name="movements"/>; check them with ProblemsAsync first. Either every movement is posted
    /// (or skipped as a repeat) or, when one would take a figure where it may not go (past the bound, or below
    /// zero for anything but on hand), none is, and <see cref="MovementOutcome.Refused"/> says which and why.
    /// </summary>
    public async Task<MovementOutcome> PostAsync(
        CommerceDbContext db,
        IReadOnlyList<StockMovement> movements,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(movements);
        var stock = await LockedStock.OpenAsync(db, movements.Select(m => m.Sku), clock.GetUtcNow(),
            cancellationToken);
        var seen = await SeenReferencesAsync(db, movements, cancellationToken);
        var (posted, refused) = (0, new List<(int, string)>());
        foreach (var (movement, index) in movements.Select((m, i) => (m, i))
            .Where(pair => pair.m.Reference is null || seen.Add(Key(pair.m))))
        {
            var before = stock.Picture.PositionAt(movement.Sku, movement.NodeCode)?.AsBalance() ?? new(0, 0);
            var delta = movement.Kind == MovementKind.SafetyStock
                ? movement.Quantity - before.SafetyStock
                : movement.Quantity;
            if (StockLimits.Refusal(before, movement.Kind, delta) is { } reason)
            {
                refused.Add((index, reason));
                continue;
            }

            stock.Post(movement.Kind, movement.Sku, movement.NodeCode, delta,
                new MovementTag(Reference: movement.Reference));
            posted++;
        }

        if (refused.Count > 0)
        {
            // Nothing is saved: the caller's transaction ends with none of the lines booked.
            return new MovementOutcome(0, 0) { Refused = refused };
        }

        await stock.SaveAsync(feed, cancellationToken);
        return new MovementOutcome(posted, movements.Count - posted);
    }

    private static IEnumerable<(string Field, string Reason)> QuantityProblems(string path, StockMovement movement)
    {
        if (StockLimits.QuantityProblem(movement.Quantity) is { } tooMany)
        {
            yield return ($"{path}.quantity", tooMany);
        }

        if (!Reportable.Contains(movement.Kind))
        {
            yield return ($"{path}.kind",
                $"'{movement.Kind}' cannot be reported; use one of {string.Join(", ", Reportable)}");
        }
        else if (movement.Kind == MovementKind.Adjustment ? movement.Quantity == 0 : movement.Quantity < 0)
        {
            yield return ($"{path}.quantity", movement.Kind == MovementKind.Adjustment
                ? "must not be zero" : "must not be below zero");
        }
        else if (movement.Kind != MovementKind.SafetyStock && movement.Kind != MovementKind.Adjustment
            && movement.Quantity == 0)
        {
            yield return ($"{path}.quantity", "must be above zero");
        }
    }

    private static async Task<HashSet<(MovementKind, string, string, string?)>> SeenReferencesAsync(
        CommerceDbContext db,
        IReadOnlyList<StockMovement> movements,
        CancellationToken cancellationToken)
    {
        var references = movements.Where(m => m.Reference is not null).Select(m => m.Reference!).Distinct().ToArray();
        var seen = await db.InventoryLedger.AsNoTracking()
            .Where(entry => entry.Reference != null && references.Contains(entry.Reference))
            .Select(entry => new { entry.Kind, entry.Sku, entry.NodeCode, entry.Reference })
            .ToListAsync(cancellationToken);
        return [.. seen.Select(entry => (entry.Kind, entry.Sku, entry.NodeCode ?? "", entry.Reference))];
    }

    private static (MovementKind, string, string, string?) Key(StockMovement movement) =>
        (movement.Kind, movement.Sku, movement.NodeCode, movement.Reference);
}

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
    /// Every problem with <paramref name="movements"/>, keyed by <c>movements[i].field</c>: unknown SKUs or
    /// nodes, kits, kinds that cannot be reported, and quantities out of range.
    /// </summary>
    public static async Task<IReadOnlyList<(string Field, string Reason)>> ProblemsAsync(
        CommerceDbContext db,
        IReadOnlyList<StockMovement> movements,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(movements);
        var catalogue = await Catalogue.LoadAsync(db, movements.Select(m => m.Sku), cancellationToken);
        return [.. movements.SelectMany((movement, i) => catalogue.SkuProblems($"movements[{i}].sku", movement.Sku)
            .Concat(catalogue.NodeProblems($"movements[{i}].node", movement.NodeCode))
            .Concat(QuantityProblems($"movements[{i}]", movement)))];
    }

    /// <summary>Posts <paramref name="movements"/>; check them with ProblemsAsync first.</summary>
    public async Task<MovementOutcome> PostAsync(
        CommerceDbContext db,
        IReadOnlyList<StockMovement> movements,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(movements);
        var stock = await LockedStock.OpenAsync(db, movements.Select(m => m.Sku), clock.GetUtcNow(),
            cancellationToken);
        var seen = await SeenReferencesAsync(db, movements, cancellationToken);
        var posted = 0;
        foreach (var movement in movements.Where(m => m.Reference is null || seen.Add(Key(m))))
        {
            var delta = movement.Kind == MovementKind.SafetyStock
                ? movement.Quantity - (stock.Picture.PositionAt(movement.Sku, movement.NodeCode)?.SafetyStock ?? 0)
                : movement.Quantity;
            stock.Post(movement.Kind, movement.Sku, movement.NodeCode, delta,
                new MovementTag(Reference: movement.Reference));
            posted++;
        }

        await stock.SaveAsync(feed, cancellationToken);
        return new MovementOutcome(posted, movements.Count - posted);
    }

    private static IEnumerable<(string Field, string Reason)> QuantityProblems(string path, StockMovement movement)
    {
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

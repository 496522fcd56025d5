using EcomErp.Commerce.Inventory.Feed;
using EcomErp.Commerce.Inventory.Movements;
using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Commerce.Inventory.Reconciliation;

/// <summary>
/// Reconciles a full stock snapshot against the ledger: every difference is posted as a count adjustment, and
/// the comparison is kept as a report. Runs in the caller's transaction with the SKUs locked.
/// </summary>
/// <param name="clock">The clock that stamps the adjustments and the report.</param>
/// <param name="feed">Where changed channel figures are written.</param>
public sealed class SnapshotReconciler(TimeProvider clock, AvailabilityFeed feed)
{
    /// <summary>
    /// Every problem with the snapshot, keyed by <c>{key}.field</c>, where <paramref name="keys"/> names each line
    /// as the sender knows it (<c>lines[0]</c> in JSON, <c>line 2</c> in CSV).
    /// </summary>
    public static async Task<IReadOnlyList<(string Field, string Reason)>> ProblemsAsync(
        CommerceDbContext db,
        StockSnapshot snapshot,
        IReadOnlyList<string> keys,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(keys);
        var catalogue = await Catalogue.LoadAsync(db, snapshot.Lines.Select(l => l.Sku), cancellationToken);
        var repeated = snapshot.Lines.GroupBy(l => (l.Sku, l.NodeCode)).Where(g => g.Count() > 1)
            .Select(g => g.Key).ToHashSet();
        var problems = snapshot.Lines.SelectMany((line, i) => catalogue.SkuProblems($"{keys[i]}.sku", line.Sku)
            .Concat(catalogue.NodeProblems($"{keys[i]}.node", line.NodeCode))
            .Concat(CountProblem(line.OnHand) is { } wrong ? [($"{keys[i]}.onHand", wrong)] : [])
            .Concat(repeated.Contains((line.Sku, line.NodeCode))
                ? [(keys[i], $"SKU '{line.Sku}' at node '{line.NodeCode}' is listed more than once")]
                : []));
        return [.. problems];
    }

    /// <summary>Posts a count adjustment for every position that differs, and returns the saved report.</summary>
    public async Task<StockReconciliation> ReconcileAsync(
        CommerceDbContext db,
        StockSnapshot snapshot,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(snapshot);
        var nodes = snapshot.Lines.Select(line => line.NodeCode).Distinct().ToArray();
        var held = await db.StockPositions.AsNoTracking().Where(p => nodes.Contains(p.NodeCode))
            .Select(p => p.Sku).Distinct().ToListAsync(cancellationToken);
        var stock = await LockedStock.OpenAsync(db, held.Concat(snapshot.Lines.Select(line => line.Sku)),
            clock.GetUtcNow(), cancellationToken);

        var lines = Compare(stock, snapshot, nodes);
        var tag = new MovementTag(Reference: snapshot.Reference ?? $"snapshot:{snapshot.Source}");
        foreach (var line in lines.Where(line => line.Difference != 0))
        {
            stock.Post(MovementKind.Count, line.Sku, line.NodeCode, line.Difference, tag);
        }

        var report = StockReconciliation.Of(snapshot, lines, clock.GetUtcNow());
        db.StockReconciliations.Add(report);
        await stock.SaveAsync(feed, cancellationToken);
        return report;
    }

    private static List<ReconciliationLine> Compare(LockedStock stock, StockSnapshot snapshot, string[] nodes)
    {
        var counted = snapshot.Lines.ToDictionary(line => (line.Sku, line.NodeCode), line => line.OnHand);
        var keys = stock.Picture.Skus
            .SelectMany(sku => stock.Picture.PositionsOf(sku))
            .Where(position => nodes.Contains(position.NodeCode))
            .Select(position => (position.Sku, position.NodeCode))
            .Union(counted.Keys)
            .OrderBy(key => key.NodeCode, StringComparer.Ordinal).ThenBy(key => key.Sku, StringComparer.Ordinal);
        return [.. keys.Select(key => new ReconciliationLine(key.Sku, key.NodeCode,
            stock.Picture.PositionAt(key.Sku, key.NodeCode)?.OnHand ?? 0, counted.GetValueOrDefault(key)))];
    }

    /// <summary>
    /// Why a counted quantity cannot be taken, or null. Units on a shelf are never fewer than none; a negative
    /// figure is a fault in the sender's export, and taking it would make every channel's figure wrong.
    /// </summary>
    private static string? CountProblem(int onHand) => onHand < 0
        ? "must not be below zero: a counted quantity is the units on the shelf"
        : StockLimits.QuantityProblem(onHand);
}

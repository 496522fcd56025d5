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
    /// <summary>The longest reference the report keeps.</summary>
    public const int MaxReferenceLength = 128;

    /// <summary>The longest source name the report keeps.</summary>
    public const int MaxSourceLength = 64;

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
        return [.. SenderProblems(snapshot), .. problems];
    }

    /// <summary>
    /// Posts a count adjustment for every position that differs, and returns the saved report. A snapshot whose
    /// source and reference were reconciled before is not counted again: with the same counts it is answered
    /// with the earlier report, with other counts its reference is refused. Check it with ProblemsAsync first.
    /// </summary>
    public async Task<SnapshotOutcome> ReconcileAsync(
        CommerceDbContext db,
        StockSnapshot snapshot,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(snapshot);
        await StockLocks.LockReferenceAsync(db, $"snapshot:{snapshot.Source}\n{snapshot.Reference}",
            cancellationToken);
        var earlier = await db.StockReconciliations.AsNoTracking()
            .Where(r => r.Source == snapshot.Source && r.Reference == snapshot.Reference)
            .OrderBy(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        if (earlier is not null)
        {
            return Repeats(earlier, snapshot)
                ? new SnapshotOutcome(earlier, Duplicate: true, null)
                : new SnapshotOutcome(null, Duplicate: false,
                    $"was already used by source '{snapshot.Source}' for other counts (reconciliation " +
                    $"{earlier.Id}); a new snapshot needs a reference of its own");
        }

        var nodes = snapshot.Lines.Select(line => line.NodeCode).Distinct().ToArray();
        var held = await db.StockPositions.AsNoTracking().Where(p => nodes.Contains(p.NodeCode))
            .Select(p => p.Sku).Distinct().ToListAsync(cancellationToken);
        var stock = await LockedStock.OpenAsync(db, held.Concat(snapshot.Lines.Select(line => line.Sku)),
            clock.GetUtcNow(), cancellationToken);

        var lines = Compare(stock, snapshot, nodes);
        var tag = new MovementTag(Reference: snapshot.Reference);
        foreach (var line in lines.Where(line => line.Difference != 0))
        {
            stock.Post(MovementKind.Count, line.Sku, line.NodeCode, line.Difference, tag);
        }

        var report = StockReconciliation.Of(snapshot, lines, clock.GetUtcNow());
        db.StockReconciliations.Add(report);
        await stock.SaveAsync(feed, cancellationToken);
        return new SnapshotOutcome(report, Duplicate: false, null);
    }

    /// <summary>
    /// Whether <paramref name="snapshot"/> counts what the earlier one did: the same nodes, and at them the same
    /// units of every SKU, a SKU left out counting as none in either, as it does when counting.
    /// </summary>
    private static bool Repeats(StockReconciliation earlier, StockSnapshot snapshot)
    {
        var before = earlier.Lines.ToDictionary(line => (line.Sku, line.NodeCode), line => line.Counted);
        var now = snapshot.Lines.ToDictionary(line => (line.Sku, line.NodeCode), line => line.OnHand);
        return before.Keys.Select(key => key.NodeCode).ToHashSet(StringComparer.Ordinal)
                .SetEquals(now.Keys.Select(key => key.NodeCode))
            && before.Keys.Union(now.Keys).All(key => before.GetValueOrDefault(key) == now.GetValueOrDefault(key));
    }

    /// <summary>The problems with who sent the snapshot and under which reference.</summary>
    private static IEnumerable<(string Field, string Reason)> SenderProblems(StockSnapshot snapshot)
    {
        if (string.IsNullOrWhiteSpace(snapshot.Reference))
        {
            yield return ("reference", "is required: the sender's id of this snapshot, so that sending it again " +
                "does not count it twice");
        }
        else if (snapshot.Reference.Length > MaxReferenceLength)
        {
            yield return ("reference", $"must not be longer than {MaxReferenceLength} characters");
        }

        if (string.IsNullOrWhiteSpace(snapshot.Source) || snapshot.Source.Length > MaxSourceLength)
        {
            yield return ("source", $"must name the sender in 1 to {MaxSourceLength} characters");
        }
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
        return [.. keys.Select(key =>
        {
            var position = stock.Picture.PositionAt(key.Sku, key.NodeCode);
            return new ReconciliationLine(key.Sku, key.NodeCode, position?.OnHand ?? 0,
                counted.GetValueOrDefault(key), position?.Reserved ?? 0);
        })];
    }

    /// <summary>
    /// Why a counted quantity cannot be taken, or null. Units on a shelf are never fewer than none; a negative
    /// figure is a fault in the sender's export, and taking it would make every channel's figure wrong.
    /// </summary>
    private static string? CountProblem(int onHand) => onHand < 0
        ? "must not be below zero: a counted quantity is the units on the shelf"
        : StockLimits.QuantityProblem(onHand);
}

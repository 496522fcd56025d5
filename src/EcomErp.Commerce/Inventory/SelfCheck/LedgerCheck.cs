using System.Data.Common;
using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace EcomErp.Commerce.Inventory.SelfCheck;

/// <summary>
/// Rebuilds every stock position and channel position from the ledger inside the database, in one statement so
/// that both sides come from the same snapshot, and compares them with the tables. Each difference opens an
/// <see cref="InventoryDrift"/> (once, while it lasts); differences that healed are resolved.
/// </summary>
/// <param name="clock">The clock that stamps incidents.</param>
public sealed class LedgerCheck(TimeProvider clock)
{
    private static readonly StockMeasure[] Measures = Enum.GetValues<StockMeasure>();

    /// <summary>Runs the check and saves the incidents it opens or resolves.</summary>
    public async Task<DriftCheckResult> RunAsync(CommerceDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (compared, findings) = await CompareAsync(db, cancellationToken);
        var open = await db.InventoryDrifts.Where(d => d.ResolvedAt == null).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var current = findings.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var healed = open.Where(drift => !current.Contains(drift.Key)).ToList();
        healed.ForEach(drift => drift.ResolvedAt = now);
        var known = open.Select(drift => drift.Key).ToHashSet(StringComparer.Ordinal);
        var opened = findings.Where(f => !known.Contains(f.Key)).Select(f => InventoryDrift.Open(f, now)).ToList();
        db.InventoryDrifts.AddRange(opened);
        await db.SaveChangesAsync(cancellationToken);
        return new DriftCheckResult(compared, findings, opened, healed.Count);
    }

    private static async Task<(int Compared, List<DriftFinding> Findings)> CompareAsync(
        CommerceDbContext db,
        CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = DriftSql.Compare(Measures);
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var (compared, findings) = (0, new List<DriftFinding>());
        while (await reader.ReadAsync(cancellationToken))
        {
            compared++;
            findings.AddRange(Differences(reader));
        }

        return (compared, findings);
    }

    /// <summary>The row's columns: sku, node, channel, then each measure as table value and ledger value.</summary>
    private static IEnumerable<DriftFinding> Differences(DbDataReader row)
    {
        var sku = row.GetString(0);
        var node = row.IsDBNull(1) ? null : row.GetString(1);
        var channel = row.IsDBNull(2) ? null : row.GetString(2);
        var names = channel is null ? Measures.Select(m => m.ToString()) : ["Reserved", "Unassigned"];
        return names.Select((name, i) => (name, table: row.GetInt32(3 + 2 * i), ledger: row.GetInt32(4 + 2 * i)))
            .Where(figure => figure.table != figure.ledger)
            .Select(figure => new DriftFinding(sku, node, channel, figure.name, figure.table, figure.ledger))
            .ToList();
    }
}

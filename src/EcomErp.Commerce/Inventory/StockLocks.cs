using EcomErp.Commerce.Inventory.Feed;
using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace EcomErp.Commerce.Inventory;

/// <summary>
/// Serialises stock changes per SKU across processes by locking the SKUs' rows. Rows are locked in code order, so
/// two transactions that touch the same SKUs wait for each other instead of deadlocking.
/// </summary>
internal static class StockLocks
{
    public static void RequireTransaction(CommerceDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException(
                "Stock changes must run inside the caller's transaction: the SKU row locks that prevent overselling " +
                "last only until it ends. Begin one, or open the context with CommerceDatabase.OpenAsync.");
        }
    }

    /// <summary>
    /// Serialises the requests that carry one sender's reference (a transfer number, a snapshot's id) until the
    /// transaction ends, so two copies sent at once are told apart as the first and its repeat instead of both
    /// being booked. Take it before any SKU row: a holder of the rows never waits for it, so nothing deadlocks.
    /// </summary>
    public static Task LockReferenceAsync(CommerceDbContext db, string key, CancellationToken cancellationToken)
    {
        RequireTransaction(db);
        return db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))",
            cancellationToken);
    }

    /// <summary>
    /// Locks the rows of <paramref name="skus"/> in code order until the transaction ends and, in the same round
    /// trip, reads their positions, what each channel's orders hold, and the figures last published, tracked by
    /// <paramref name="db"/> so that changes to them are saved. The reads are statements of their own after the
    /// lock, so under READ COMMITTED each takes its snapshot once the lock is held and sees what the previous
    /// holder committed, exactly as separate queries would; sending them together only spares the round trips
    /// that everyone waiting for the same SKUs would otherwise wait through.
    /// </summary>
    public static async Task<LockedRows> LockAndReadAsync(
        CommerceDbContext db,
        IEnumerable<string> skus,
        CancellationToken cancellationToken)
    {
        var codes = skus.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        // The caller's transaction holds the connection open (see RequireTransaction).
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var transaction = (NpgsqlTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var sql in ReadAfterLock)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(sql) { Parameters = { new() { Value = codes } } });
        }

        var rows = new LockedRows();
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                if (reader.GetBoolean(1))
                {
                    rows.Kits.Add(reader.GetString(0));
                }
            }

            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Positions.Add(StockPosition.Restore(reader.GetString(0), reader.GetString(1), new LedgerBalance(
                    reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5),
                    reader.GetInt32(6), reader.GetInt32(7))));
            }

            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Channels.Add(ChannelPosition.Restore(reader.GetString(0), reader.GetString(1),
                    reader.GetInt32(2), reader.GetInt32(3)));
            }

            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Published.Add(PublishedAvailability.Restore(reader.GetString(1), reader.GetString(0),
                    reader.GetInt32(2), reader.GetFieldValue<DateTimeOffset>(3),
                    reader.GetFieldValue<DateTimeOffset>(4)));
            }
        }

        return rows.TrackedBy(db);
    }

    /// <summary>The lock, then the reads that must see what the previous holder of the lock committed.</summary>
    private static readonly string[] ReadAfterLock =
    [
        "SELECT code, is_kit FROM commerce.skus WHERE code = ANY($1) ORDER BY code FOR UPDATE",
        "SELECT sku, node_code, on_hand, reserved, safety_stock, damaged, awaiting_inspection, in_transit " +
            "FROM commerce.stock_positions WHERE sku = ANY($1)",
        "SELECT sku, channel_code, reserved, unassigned FROM commerce.channel_positions WHERE sku = ANY($1)",
        "SELECT sku, channel_code, ats, changed_at, due_at FROM commerce.published_availability WHERE sku = ANY($1)",
    ];
}

using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Commerce.Inventory;

/// <summary>
/// Serialises stock changes per SKU across processes by locking the SKUs' rows. Rows are locked in code order, so
/// two transactions that touch the same SKUs wait for each other instead of deadlocking.
/// </summary>
internal static class StockLocks
{
    private const string KitMark = "K";

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
    /// Locks the rows of <paramref name="skus"/> until the transaction ends, and returns those that are kits.
    /// Each row comes back as its code marked with whether it is a kit, so one round trip both locks and reads.
    /// </summary>
    public static async Task<List<string>> LockAsync(
        CommerceDbContext db,
        IEnumerable<string> skus,
        CancellationToken cancellationToken)
    {
        var codes = skus.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var rows = await db.Database
            .SqlQuery<string>($"""
                SELECT CASE WHEN is_kit THEN 'K' ELSE 'I' END || code AS "Value"
                FROM commerce.skus WHERE code = ANY({codes}) ORDER BY code FOR UPDATE
                """)
            .ToListAsync(cancellationToken);
        return [.. rows.Where(row => row.StartsWith(KitMark, StringComparison.Ordinal)).Select(row => row[1..])];
    }
}

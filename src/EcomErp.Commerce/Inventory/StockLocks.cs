using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Commerce.Inventory;

/// <summary>
/// Serialises stock changes per SKU across processes by locking the SKUs' rows. Rows are locked in code order, so
/// two transactions that touch the same SKUs wait for each other instead of deadlocking.
/// </summary>
internal static class StockLocks
{
    public static void RequireTransaction(CommerceDbContext db)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException(
                "Stock changes must run inside the caller's transaction: the SKU row locks that prevent overselling " +
                "last only until it ends. Begin one, or open the context with CommerceDatabase.OpenAsync.");
        }
    }

    /// <summary>
    /// Locks the rows of <paramref name="skus"/> until the transaction ends. Under READ COMMITTED, every statement
    /// after this one sees what the previous holder of the locks committed.
    /// </summary>
    public static async Task LockAsync(
        CommerceDbContext db,
        IEnumerable<string> skus,
        CancellationToken cancellationToken)
    {
        var codes = skus.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        await db.Database
            .SqlQuery<string>(
                $"SELECT code AS \"Value\" FROM commerce.skus WHERE code = ANY({codes}) ORDER BY code FOR UPDATE")
            .ToListAsync(cancellationToken);
    }
}

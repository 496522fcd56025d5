using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Commerce.Credentials;

/// <summary>Fixed-window request counting in PostgreSQL.</summary>
public static class RateWindows
{
    /// <summary>
    /// Counts one request of <paramref name="caller"/> in the window that starts at <paramref name="windowStart"/>
    /// and returns the count including it. The upsert is atomic, so concurrent requests in any process each get
    /// their own number; the caller's earlier windows are removed on the way.
    /// </summary>
    public static async Task<int> CountAsync(
        CommerceDbContext db,
        string caller,
        DateTimeOffset windowStart,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var start = windowStart.ToUniversalTime();
        var counted = await db.Database.SqlQuery<int>($"""
            WITH removed AS (
                DELETE FROM commerce.rate_windows WHERE caller = {caller} AND window_start < {start})
            INSERT INTO commerce.rate_windows AS w (caller, window_start, count) VALUES ({caller}, {start}, 1)
            ON CONFLICT (caller, window_start) DO UPDATE SET count = w.count + 1
            RETURNING w.count AS "Value"
            """).ToListAsync(cancellationToken);
        return counted[0];
    }
}

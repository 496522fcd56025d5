using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Commerce.Inventory.Feed;

/// <summary>
/// The dispatcher's side of the outbox: claims due events with row locks that skip rows another process holds,
/// so several processes can dispatch without sending an event twice at once, and records the outcome.
/// </summary>
public static class AvailabilityOutbox
{
    /// <summary>
    /// Claims up to <paramref name="limit"/> due, undelivered events of <paramref name="channels"/>, oldest first,
    /// until the caller's transaction ends.
    /// </summary>
    public static Task<List<AvailabilityEvent>> ClaimDueAsync(
        CommerceDbContext db,
        IReadOnlyCollection<string> channels,
        DateTimeOffset now,
        int limit,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var codes = channels.ToArray();
        return db.AvailabilityEvents
            .FromSql($"""
                SELECT * FROM commerce.availability_events
                WHERE dispatched_at IS NULL AND due_at <= {now.ToUniversalTime()} AND channel_code = ANY({codes})
                ORDER BY id LIMIT {limit} FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The events worth sending from a claimed batch: every snapshot, and per channel and SKU only the newest
    /// change. The older changes are marked superseded, since the newest figure replaces them.
    /// </summary>
    public static List<AvailabilityEvent> Latest(IReadOnlyList<AvailabilityEvent> claimed, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        var newest = claimed.Where(e => e.Kind == AvailabilityEventKind.Change)
            .GroupBy(e => (e.ChannelCode, e.Sku))
            .Select(group => group.MaxBy(e => e.Id)!)
            .ToHashSet();
        foreach (var older in claimed.Where(e => e.Kind == AvailabilityEventKind.Change && !newest.Contains(e)))
        {
            (older.DispatchedAt, older.Superseded) = (now, true);
        }

        return [.. claimed.Where(e => e.Kind == AvailabilityEventKind.Snapshot || newest.Contains(e))];
    }

    /// <summary>Marks an event delivered.</summary>
    public static void Delivered(AvailabilityEvent delivered, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(delivered);
        delivered.DispatchedAt = now;
    }

    /// <summary>Records a failed attempt; the event is tried again after a doubling backoff, up to an hour.</summary>
    public static void Failed(AvailabilityEvent failed, string error, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(failed);
        failed.Attempts++;
        failed.LastError = error.Length > 500 ? error[..500] : error;
        var backoff = TimeSpan.FromSeconds(Math.Min(3600, 5 * Math.Pow(2, failed.Attempts - 1)));
        failed.DueAt = now + backoff;
    }
}

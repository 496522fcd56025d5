using EcomErp.Commerce.Inventory.Availability;
using EcomErp.Commerce.Persistence;

namespace EcomErp.Commerce.Inventory.Feed;

/// <summary>
/// Turns stock changes into outbox events: after a change, every channel's figure for every SKU the change
/// touched (kits included) is computed, and each one that differs from the last one written becomes an event.
/// A SKU that changes again within <paramref name="debounce"/> of its last event is held back until the window
/// ends, and the dispatcher sends only the newest figure per SKU, so a fast-moving SKU is told at most once per
/// window while every change is still recorded.
/// </summary>
/// <param name="debounce">The window; zero tells every change at once.</param>
public sealed class AvailabilityFeed(TimeSpan debounce)
{
    /// <summary>A feed that tells every change at once.</summary>
    public static AvailabilityFeed Immediate { get; } = new(TimeSpan.Zero);

    /// <summary>The window within which a SKU's changes are told once.</summary>
    public TimeSpan Debounce { get; } = debounce;

    /// <summary>Adds an event for each figure in <paramref name="picture"/> that differs from the last one.</summary>
    public void Record(
        CommerceDbContext db,
        StockPicture picture,
        IEnumerable<PublishedAvailability> published,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(picture);
        var last = published.ToDictionary(p => (p.ChannelCode, p.Sku));
        foreach (var sku in picture.Skus)
        {
            foreach (var channel in picture.Rules.Channels)
            {
                var ats = AvailabilityCalculator.ForChannel(picture, sku, channel).Ats;
                if (!last.TryGetValue((channel, sku), out var previous))
                {
                    previous = PublishedAvailability.First(channel, sku);
                    db.Add(previous);
                }

                if (previous.Ats != ats)
                {
                    db.Add(Changed(previous, ats, now));
                }
            }
        }
    }

    private AvailabilityEvent Changed(PublishedAvailability previous, int ats, DateTimeOffset now)
    {
        var due = previous.DueAt > now ? previous.DueAt
            : now - previous.DueAt < Debounce ? previous.DueAt + Debounce
            : now;
        (previous.Ats, previous.ChangedAt, previous.DueAt) = (ats, now, due);
        return AvailabilityEvent.Changed(previous.ChannelCode, previous.Sku, ats, now, due);
    }
}

using EcomErp.Commerce.Inventory.Feed;
using EcomErp.Commerce.Persistence;

namespace EcomErp.Commerce.Inventory;

/// <summary>What <see cref="StockLocks.LockAndReadAsync"/> read under the lock.</summary>
internal sealed class LockedRows
{
    /// <summary>The locked SKUs that are kits.</summary>
    public List<string> Kits { get; } = [];

    /// <summary>Their positions at nodes.</summary>
    public List<StockPosition> Positions { get; private set; } = [];

    /// <summary>What each channel's orders hold of them.</summary>
    public List<ChannelPosition> Channels { get; private set; } = [];

    /// <summary>The figures last written to the outbox for them.</summary>
    public List<PublishedAvailability> Published { get; private set; } = [];

    /// <summary>
    /// The rows as entities <paramref name="db"/> tracks, as a tracking query would give them: a row the context
    /// already tracks is that instance, as it stands in the context; any other is attached unchanged.
    /// </summary>
    public LockedRows TrackedBy(CommerceDbContext db)
    {
        Positions = [.. Positions.Select(p => Tracked(db, p, p.Sku, p.NodeCode))];
        Channels = [.. Channels.Select(p => Tracked(db, p, p.Sku, p.ChannelCode))];
        Published = [.. Published.Select(p => Tracked(db, p, p.Sku, p.ChannelCode))];
        return this;
    }

    private static T Tracked<T>(CommerceDbContext db, T read, params object[] key)
        where T : class
    {
        if (db.Set<T>().Local.FindEntryUntyped(key) is { } known)
        {
            return known.Entity;
        }

        db.Attach(read);
        return read;
    }
}

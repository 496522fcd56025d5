using EcomErp.Commerce.Inventory.Availability;
using EcomErp.Commerce.Inventory.Feed;
using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Commerce.Inventory;

/// <summary>
/// The SKUs a stock change touches, locked until the caller's transaction ends, with their tracked positions:
/// every change goes through <see cref="Post"/>, which appends the ledger entry and applies the same movement to
/// the position, so the two are saved together. Saving also writes the outbox events for every channel figure
/// the change moved.
/// </summary>
public sealed class LockedStock
{
    private readonly CommerceDbContext db;
    private readonly DateTimeOffset now;
    private readonly List<PublishedAvailability> published;

    private LockedStock(CommerceDbContext db, StockPicture picture, List<PublishedAvailability> published)
    {
        (this.db, this.published, Picture) = (db, published, picture);
        now = picture.Now;
    }

    /// <summary>The locked SKUs' stock, as changed so far.</summary>
    public StockPicture Picture { get; }

    /// <summary>
    /// Locks <paramref name="skus"/>, the kits made of them and those kits' other components, in code order so
    /// that two changes never wait for each other in a circle, then loads their stock. Under READ COMMITTED every
    /// read after the lock sees what the previous holder committed. The channels' rules (policies, allocations)
    /// are read before the lock, to keep it short: a rule change applies to changes that start after it commits.
    /// </summary>
    public static async Task<LockedStock> OpenAsync(
        CommerceDbContext db,
        IEnumerable<string> skus,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        StockLocks.RequireTransaction(db);
        var asked = skus.Distinct(StringComparer.Ordinal).ToArray();
        var recipes = await RecipesAsync(db, asked, cancellationToken);
        var codes = asked.Concat(recipes.Select(r => r.KitSku)).Concat(recipes.Select(r => r.ComponentSku))
            .Distinct(StringComparer.Ordinal).ToArray();
        var rules = await StockRules.LoadAsync(db, codes, cancellationToken);
        var locked = await StockLocks.LockAndReadAsync(db, codes, cancellationToken);
        var picture = new StockPicture(now, rules);
        picture.AddSkus(codes);
        locked.Positions.ForEach(picture.Add);
        locked.Channels.ForEach(picture.Add);
        if (rules.AnyInTransitHorizon)
        {
            await StockPictures.AddTransfersAsync(db, picture, codes, cancellationToken);
        }

        recipes.ForEach(picture.Add);
        locked.Kits.ForEach(picture.AddKit);
        return new LockedStock(db, picture, locked.Published);
    }

    /// <summary>
    /// Appends a movement to the ledger and applies it to the node's position (created when missing) and, for
    /// reservation movements that name a channel, to what the channel's orders hold.
    /// </summary>
    public InventoryLedgerEntry Post(MovementKind kind, string sku, string? nodeCode, int delta, MovementTag tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var entry = InventoryLedgerEntry.Record(kind, sku, nodeCode, delta, tag.OrderId, now)
            .Tagged(tag.ChannelCode, tag.Reference, tag.ExpectedAt);
        db.InventoryLedger.Add(entry);
        if (nodeCode is not null)
        {
            PositionAt(sku, nodeCode).Apply(kind, delta);
        }

        if (tag.ChannelCode is { } channel && MovementEffects.MovesReserved(kind))
        {
            ChannelPositionOf(sku, channel).Apply(kind, delta, atNode: nodeCode is not null);
        }

        return entry;
    }

    /// <summary>The SKU's position at the node, created empty when it has none.</summary>
    public StockPosition PositionAt(string sku, string nodeCode)
    {
        if (Picture.PositionAt(sku, nodeCode) is { } position)
        {
            return position;
        }

        position = new StockPosition(sku, nodeCode);
        db.StockPositions.Add(position);
        Picture.Add(position);
        return position;
    }

    /// <summary>
    /// Writes the outbox events for every figure that changed, then saves everything in one batch. A failed save
    /// leaves the caller's transaction to be rolled back (or back to the caller's own savepoint, as the workflow
    /// engine does for each activity); no caller carries on in it.
    /// </summary>
    public async Task SaveAsync(AvailabilityFeed feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        feed.Record(db, Picture, published, now);
        // EF would wrap the save in a savepoint of its own: two more round trips while the SKUs are locked, and
        // every other change of them waits for those.
        var savepoints = db.Database.AutoSavepointsEnabled;
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = savepoints;
        }
    }

    private ChannelPosition ChannelPositionOf(string sku, string channel)
    {
        if (Picture.ChannelPositionOf(sku, channel) is { } position)
        {
            return position;
        }

        position = new ChannelPosition(sku, channel);
        db.ChannelPositions.Add(position);
        Picture.Add(position);
        return position;
    }

    private static Task<List<KitComponent>> RecipesAsync(
        CommerceDbContext db,
        string[] skus,
        CancellationToken cancellationToken) =>
        db.KitComponents.AsNoTracking()
            .Where(component => db.KitComponents.Any(touched => touched.KitSku == component.KitSku
                && (skus.Contains(touched.KitSku) || skus.Contains(touched.ComponentSku))))
            .ToListAsync(cancellationToken);
}

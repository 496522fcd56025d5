using EcomErp.Commerce.Inventory.Availability;
using EcomErp.Commerce.Inventory.Feed;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Server.Inventory;

/// <summary>
/// Reads stock for people and channels: one SKU with every figure its available-to-sell is made of, and a
/// channel's figures for many SKUs.
/// </summary>
internal sealed class InventoryQueries(InventoryWork work, TimeProvider time)
{
    public const string Formula = "ATS(channel) = sellableAtNodes (sum over nodes of max(0, onHand - reserved - " +
        "safetyStock)) - heldAgainstNetwork + inTransit (only within the channel's horizon) - " +
        "otherChannelAllocation (granted less used), never below 0; a kit: min over components of ATS / perKit";

    public Task<object?> ExplainAsync(string sku, CancellationToken ct) => work.ReadAsync(async db =>
    {
        var item = await db.Skus.AsNoTracking().SingleOrDefaultAsync(s => s.Code == sku, ct);
        if (item is null)
        {
            return null;
        }

        var picture = await StockPictures.LoadAsync(db, [sku], time.GetUtcNow(), ct);
        var transfers = await db.StockTransfers.AsNoTracking()
            .Where(t => t.Sku == sku && t.Received < t.Quantity).OrderBy(t => t.ExpectedAt).ToListAsync(ct);
        return (object?)new
        {
            sku = item.Code,
            item.Name,
            kit = item.IsKit,
            formula = Formula,
            components = picture.ComponentsOf(sku).Select(c => new { sku = c.ComponentSku, perKit = c.Quantity }),
            nodes = picture.PositionsOf(sku).OrderBy(p => p.NodeCode, StringComparer.Ordinal).Select(p => new
            {
                node = p.NodeCode, p.OnHand, p.Reserved, p.SafetyStock, p.Damaged, p.AwaitingInspection,
                p.InTransit, available = p.Available, sellable = Math.Max(0, p.Available),
            }),
            heldByChannel = picture.ChannelPositionsOf(sku).Select(p => new
            {
                channel = p.ChannelCode, p.Reserved, p.Unassigned,
            }),
            allocations = AvailabilityCalculator.Allocations(picture, sku),
            inTransit = transfers.Select(t => new { t.Reference, t.FromNode, t.ToNode, t.Outstanding, t.ExpectedAt }),
            channels = picture.Rules.Channels
                .Select(channel => AvailabilityCalculator.ForChannel(picture, sku, channel)),
        };
    }, ct);

    public Task<ChannelAvailabilityList?> AvailabilityAsync(
        string channel,
        IReadOnlyCollection<string>? skus,
        CancellationToken ct) => work.ReadAsync(async db =>
        await db.Channels.AsNoTracking().AnyAsync(c => c.Code == channel, ct)
            ? await ChannelAvailabilityList.LoadAsync(db, channel, skus, time.GetUtcNow(), ct)
            : null, ct);

    public Task<object> DriftsAsync(bool openOnly, int limit, CancellationToken ct) => work.ReadAsync(async db =>
        (object)await db.InventoryDrifts.AsNoTracking()
            .Where(d => !openOnly || d.ResolvedAt == null)
            .OrderByDescending(d => d.Id).Take(limit)
            .ToListAsync(ct), ct);

    public Task<object?> ReconciliationAsync(long id, CancellationToken ct) => work.ReadAsync(async db =>
        (object?)await db.StockReconciliations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct), ct);
}

using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Inventory.Feed;
using EcomErp.Commerce.Inventory.SelfCheck;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EcomErp.Server.Inventory;

/// <summary>
/// The recurring inventory jobs: the ledger self-check, whose drifts become incidents listed at
/// <c>GET /api/inventory/drifts</c>, and every channel's full availability snapshot. Each run is claimed through
/// <see cref="InventorySchedule"/>, so however many processes run this, a run happens once.
/// </summary>
internal sealed class InventoryJobs(
    InventoryWork work,
    LedgerCheck check,
    IOptions<InventoryOptions> options,
    TimeProvider time,
    ILogger<InventoryJobs> logger)
{
    public const string LedgerCheckJob = "ledger-check";
    public const string SnapshotJob = "channel-snapshots";

    public async Task RunDueAsync(CancellationToken ct)
    {
        if (await ClaimAsync(LedgerCheckJob, options.Value.LedgerCheckInterval, ct))
        {
            await CheckLedgerAsync(ct);
        }

        if (await ClaimAsync(SnapshotJob, options.Value.SnapshotInterval, ct))
        {
            await WriteSnapshotsAsync(ct);
        }
    }

    public async Task<DriftCheckResult> CheckLedgerAsync(CancellationToken ct)
    {
        var result = await work.RunAsync(db => check.RunAsync(db, ct), ct);
        foreach (var drift in result.Opened)
        {
            logger.LogError("Inventory drift {DriftId}: {Measure} of SKU {Sku} at {NodeCode}{ChannelCode} is " +
                "{PositionValue} in the positions but {LedgerValue} by the ledger", drift.Id, drift.Measure,
                drift.Sku, drift.NodeCode, drift.ChannelCode, drift.PositionValue, drift.LedgerValue);
        }

        return result;
    }

    public Task<int> WriteSnapshotsAsync(CancellationToken ct) => work.ReadAsync(async db =>
    {
        var now = time.GetUtcNow();
        var channels = await db.Channels.AsNoTracking().Select(c => c.Code).ToListAsync(ct);
        foreach (var channel in channels)
        {
            var list = await ChannelAvailabilityList.LoadAsync(db, channel, null, now, ct);
            list.AddSnapshotEvent(db, now);
            if (list.Failures.Count > 0)
            {
                logger.LogWarning("The availability snapshot of channel {ChannelCode} left out {Count} SKU(s)",
                    channel, list.Failures.Count);
            }
        }

        await db.SaveChangesAsync(ct);
        return channels.Count;
    }, ct);

    private Task<bool> ClaimAsync(string job, TimeSpan interval, CancellationToken ct) =>
        work.RunAsync(db => InventorySchedule.TryClaimAsync(db, job, time.GetUtcNow(), interval, ct), ct);
}

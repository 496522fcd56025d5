using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Commerce.Inventory;

/// <summary>
/// When a recurring inventory job (the ledger check, the channels' full snapshots) next falls due. Any number of
/// processes may ask; a conditional update lets exactly one of them claim each run.
/// </summary>
public sealed class InventorySchedule
{
    private InventorySchedule()
    {
    }

    /// <summary>The job's name.</summary>
    public string Name { get; private set; } = "";

    /// <summary>When it next falls due.</summary>
    public DateTimeOffset DueAt { get; private set; }

    /// <summary>
    /// Claims the run of <paramref name="name"/> if it is due at <paramref name="now"/>, moving the next one
    /// <paramref name="interval"/> on. A job never seen before is due at once.
    /// </summary>
    /// <returns>Whether this caller claimed the run and should do the work.</returns>
    public static async Task<bool> TryClaimAsync(
        CommerceDbContext db,
        string name,
        DateTimeOffset now,
        TimeSpan interval,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var utc = now.ToUniversalTime();
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO commerce.inventory_schedules (name, due_at) VALUES ({name}, {utc}) ON CONFLICT DO NOTHING",
            cancellationToken);
        var next = utc + interval;
        var claimed = await db.Database.ExecuteSqlAsync(
            $"UPDATE commerce.inventory_schedules SET due_at = {next} WHERE name = {name} AND due_at <= {utc}",
            cancellationToken);
        return claimed == 1;
    }
}

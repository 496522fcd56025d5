using EcomErp.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Workflows.Runtime;

/// <summary>The rows an instance waits on, loaded and tracked together with its state.</summary>
internal sealed class InstanceWaits
{
    public List<SubscriptionRecord> Subscriptions { get; init; } = [];

    public List<JobRecord> Jobs { get; init; } = [];

    public List<UserTaskRecord> UserTasks { get; init; } = [];

    public List<IncidentRecord> Incidents { get; init; } = [];

    public static InstanceWaits Empty() => new();

    public static async Task<InstanceWaits> LoadAsync(WorkflowDbContext db, Guid instanceId, CancellationToken ct) => new()
    {
        Subscriptions = await db.Subscriptions.Where(s => s.InstanceId == instanceId).ToListAsync(ct),
        Jobs = await db.Jobs.Where(j => j.InstanceId == instanceId).ToListAsync(ct),
        UserTasks = await db.UserTasks
            .Where(t => t.InstanceId == instanceId && t.Status == UserTaskStatus.Open)
            .ToListAsync(ct),
        Incidents = await db.Incidents
            .Where(i => i.InstanceId == instanceId && i.ResolvedAt == null)
            .ToListAsync(ct),
    };
}

using EcomErp.Workflows.Persistence;

namespace EcomErp.Workflows.Runtime;

/// <summary>The rows an instance waits on, loaded and tracked together with its state.</summary>
internal sealed class InstanceWaits
{
    public List<SubscriptionRecord> Subscriptions { get; init; } = [];

    public List<JobRecord> Jobs { get; init; } = [];

    public List<UserTaskRecord> UserTasks { get; init; } = [];

    public List<IncidentRecord> Incidents { get; init; } = [];

    public static InstanceWaits Empty() => new();
}

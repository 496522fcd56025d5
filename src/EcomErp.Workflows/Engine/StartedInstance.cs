using EcomErp.Workflows.Persistence;

namespace EcomErp.Workflows.Engine;

/// <summary>An instance that was just created, and where it stands after its first step.</summary>
public sealed record StartedInstance(Guid InstanceId, string ProcessKey, int Version, InstanceStatus Status);

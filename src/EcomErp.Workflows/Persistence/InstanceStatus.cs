namespace EcomErp.Workflows.Persistence;

/// <summary>The life cycle of a process instance.</summary>
public enum InstanceStatus
{
    Running,
    Completed,
    Cancelled,
}

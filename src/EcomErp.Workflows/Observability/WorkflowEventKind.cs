namespace EcomErp.Workflows.Observability;

/// <summary>What happened; the host decides how loudly to log each kind.</summary>
public enum WorkflowEventKind
{
    InstanceStarted,
    ElementEntered,
    ElementCompleted,
    WaitBegan,
    MessageCorrelated,
    MessageBuffered,
    TimerFired,
    JobFailed,
    IncidentRaised,
    IncidentResolved,
    ErrorThrown,
    InstanceCompleted,
    InstanceCancelled,
    DefinitionPublished,
}

namespace EcomErp.Workflows.Observability;

/// <summary>Ignores every event.</summary>
public sealed class NullWorkflowObserver : IWorkflowObserver
{
    public static readonly NullWorkflowObserver Instance = new();

    public void OnEvent(WorkflowEvent workflowEvent)
    {
    }
}

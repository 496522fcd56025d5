namespace EcomErp.Workflows.Observability;

/// <summary>
/// Receives the engine's events after the step that caused them has committed (failures as they happen). The
/// engine itself never logs; the host turns these into logs and metrics.
/// </summary>
public interface IWorkflowObserver
{
    void OnEvent(WorkflowEvent workflowEvent);
}

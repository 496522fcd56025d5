using EcomErp.Workflows.Observability;

namespace EcomErp.Server.Logging;

/// <summary>Hands every engine event to each observer in turn: the log, then the metrics.</summary>
internal sealed class CompositeWorkflowObserver(IReadOnlyList<IWorkflowObserver> observers) : IWorkflowObserver
{
    public void OnEvent(WorkflowEvent workflowEvent)
    {
        foreach (var observer in observers)
        {
            observer.OnEvent(workflowEvent);
        }
    }
}

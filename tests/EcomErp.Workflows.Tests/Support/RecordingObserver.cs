using System.Collections.Concurrent;
using EcomErp.Workflows.Observability;

namespace EcomErp.Workflows.Tests.Support;

internal sealed class RecordingObserver : IWorkflowObserver
{
    public ConcurrentQueue<WorkflowEvent> Events { get; } = new();

    public void OnEvent(WorkflowEvent workflowEvent) => Events.Enqueue(workflowEvent);
}

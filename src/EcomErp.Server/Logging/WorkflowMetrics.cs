using System.Diagnostics.Metrics;
using EcomErp.Workflows.Observability;

namespace EcomErp.Server.Logging;

/// <summary>
/// Counts what the engine does, per process key, on the <c>EcomErp.Workflows</c> meter: instances started,
/// completed and cancelled, incidents raised and resolved, failed job attempts, messages correlated and timers
/// fired. Any .NET metrics listener (dotnet-counters, OpenTelemetry) can read them.
/// </summary>
internal sealed class WorkflowMetrics : IWorkflowObserver, IDisposable
{
    public const string MeterName = "EcomErp.Workflows";

    private readonly Meter meter;
    private readonly Dictionary<WorkflowEventKind, Counter<long>> counters;

    public WorkflowMetrics(IMeterFactory meters)
    {
        meter = meters.Create(MeterName);
        counters = new Dictionary<WorkflowEventKind, Counter<long>>
        {
            [WorkflowEventKind.InstanceStarted] = Counter("ecomerp.workflow.instances.started", "instances"),
            [WorkflowEventKind.InstanceCompleted] = Counter("ecomerp.workflow.instances.completed", "instances"),
            [WorkflowEventKind.InstanceCancelled] = Counter("ecomerp.workflow.instances.cancelled", "instances"),
            [WorkflowEventKind.IncidentRaised] = Counter("ecomerp.workflow.incidents.raised", "incidents"),
            [WorkflowEventKind.IncidentResolved] = Counter("ecomerp.workflow.incidents.resolved", "incidents"),
            [WorkflowEventKind.JobFailed] = Counter("ecomerp.workflow.jobs.failed", "attempts"),
            [WorkflowEventKind.MessageCorrelated] = Counter("ecomerp.workflow.messages.correlated", "messages"),
            [WorkflowEventKind.TimerFired] = Counter("ecomerp.workflow.timers.fired", "timers"),
            [WorkflowEventKind.ElementCompleted] = Counter("ecomerp.workflow.steps.completed", "steps"),
        };
    }

    public void OnEvent(WorkflowEvent workflowEvent)
    {
        if (counters.TryGetValue(workflowEvent.Kind, out var counter))
        {
            counter.Add(1, new KeyValuePair<string, object?>("process", workflowEvent.ProcessKey));
        }
    }

    public void Dispose() => meter.Dispose();

    private Counter<long> Counter(string name, string unit) => meter.CreateCounter<long>(name, unit);
}

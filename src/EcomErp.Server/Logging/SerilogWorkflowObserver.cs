using EcomErp.Workflows.Observability;
using Serilog.Events;

namespace EcomErp.Server.Logging;

/// <summary>
/// Turns engine events into structured log events: milestones at Information, steps at Debug, retries and
/// incidents at Warning, failures that need a person at Error. Every event carries the instance id, the process
/// and the business key, which for order workflows is the order id.
/// </summary>
internal sealed class SerilogWorkflowObserver(Serilog.ILogger logger) : IWorkflowObserver
{
    private const string Template =
        "Workflow {WorkflowEvent} {ProcessKey} instance {InstanceId} order {OrderId} at {ElementId}: {Detail}";

    public void OnEvent(WorkflowEvent workflowEvent)
    {
        if (workflowEvent.InstanceId is null)
        {
            logger.Write(LevelOf(workflowEvent.Kind), workflowEvent.Exception,
                "Workflow {WorkflowEvent} {ProcessKey}: {Detail}",
                workflowEvent.Kind, workflowEvent.ProcessKey, workflowEvent.Detail);
            return;
        }

        logger.Write(
            LevelOf(workflowEvent.Kind),
            workflowEvent.Exception,
            Template,
            workflowEvent.Kind,
            workflowEvent.ProcessKey,
            workflowEvent.InstanceId,
            workflowEvent.BusinessKey,
            workflowEvent.ElementId,
            workflowEvent.Detail);
    }

    private static LogEventLevel LevelOf(WorkflowEventKind kind) => kind switch
    {
        WorkflowEventKind.InstanceStarted or WorkflowEventKind.InstanceCompleted or WorkflowEventKind.InstanceCancelled
            or WorkflowEventKind.DefinitionPublished or WorkflowEventKind.IncidentResolved
            or WorkflowEventKind.MessageCorrelated => LogEventLevel.Information,
        WorkflowEventKind.JobFailed or WorkflowEventKind.ErrorThrown => LogEventLevel.Warning,
        WorkflowEventKind.IncidentRaised => LogEventLevel.Error,
        _ => LogEventLevel.Debug,
    };
}

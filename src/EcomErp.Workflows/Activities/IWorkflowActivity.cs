namespace EcomErp.Workflows.Activities;

/// <summary>
/// Work a service, send or business rule task does. It runs inside the step's database transaction: whatever it
/// writes through <see cref="ActivityContext.Connection"/> commits with the step or not at all. To fail with a
/// BPMN error that a boundary or event subprocess can catch, throw <see cref="BpmnErrorException"/>; any other
/// exception is a technical failure that is retried and then becomes an incident.
/// </summary>
public interface IWorkflowActivity
{
    Task ExecuteAsync(ActivityContext context, CancellationToken cancellationToken);
}

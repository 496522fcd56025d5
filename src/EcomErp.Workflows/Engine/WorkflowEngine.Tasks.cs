using System.Text.Json.Nodes;
using EcomErp.Workflows.Persistence;
using EcomErp.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Workflows.Engine;

public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Completes an open user task and moves its instance on. An outcome the task does not offer, or a task that
    /// is no longer open, is refused.
    /// </summary>
    public Task CompleteUserTaskAsync(
        Guid taskId,
        UserTaskCompletion completion,
        CancellationToken cancellationToken = default) =>
        InTransactionAsync(async session =>
        {
            var instanceId = await FindTaskInstanceAsync(session.Db, taskId, cancellationToken);
            var execution = await session.LoadAsync(instanceId);
            var task = execution?.Waits.UserTasks.Find(t => t.Id == taskId)
                ?? throw new WorkflowRequestException(
                    WorkflowRequestError.Conflict, $"Task {taskId} is no longer open.");
            if (task.Outcomes.Length > 0 && !task.Outcomes.Contains(completion.Outcome, StringComparer.Ordinal))
            {
                throw new WorkflowRequestException(WorkflowRequestError.Invalid,
                    $"The outcome '{completion.Outcome}' is not one of {string.Join(", ", task.Outcomes)}.");
            }

            await execution!.CompleteUserTaskAsync(task, completion);
            return true;
        }, cancellationToken);

    private static async Task<Guid> FindTaskInstanceAsync(WorkflowDbContext db, Guid taskId, CancellationToken ct)
    {
        var task = await db.UserTasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId, ct)
            ?? throw new WorkflowRequestException(WorkflowRequestError.NotFound, $"Task {taskId} does not exist.");
        return task.Status == UserTaskStatus.Open
            ? task.InstanceId
            : throw new WorkflowRequestException(WorkflowRequestError.Conflict,
                $"Task {taskId} is already {task.Status.ToString().ToLowerInvariant()}.");
    }

    /// <summary>Retries what an incident stopped, optionally after changing variables.</summary>
    public Task RetryIncidentAsync(
        Guid incidentId,
        IReadOnlyDictionary<string, JsonNode?> variables,
        string retriedBy,
        CancellationToken cancellationToken = default) =>
        InTransactionAsync(async session =>
        {
            var incident = await session.Db.Incidents.AsNoTracking()
                .SingleOrDefaultAsync(i => i.Id == incidentId, cancellationToken)
                ?? throw new WorkflowRequestException(
                    WorkflowRequestError.NotFound, $"Incident {incidentId} does not exist.");
            var execution = await session.LoadAsync(incident.InstanceId);
            var open = execution?.Waits.Incidents.Find(i => i.Id == incidentId);
            if (execution is not { IsRunning: true } || open is null)
            {
                throw new WorkflowRequestException(
                    WorkflowRequestError.Conflict, $"Incident {incidentId} is already resolved.");
            }

            execution.RetryIncident(open, variables, retriedBy);
            return true;
        }, cancellationToken);
}

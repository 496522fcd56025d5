using EcomErp.Workflows.Activities;
using EcomErp.Workflows.Definitions;
using EcomErp.Workflows.Expressions;
using EcomErp.Workflows.Observability;

namespace EcomErp.Workflows.Runtime;

internal sealed partial class InstanceExecution
{
    /// <summary>
    /// Runs a service, send or business rule task inside the step. An <c>erp:async</c> task instead becomes a job
    /// that a worker runs after this step commits. A failed first attempt is undone and retried as a job.
    /// </summary>
    private async Task RunTaskAsync(TokenState token, FlowNode node)
    {
        if (node.Kind == ElementKind.SendTask && node.Activity.ActivityName is null)
        {
            await SendMessageAsync(token, node, node.Activity.Message!);
            return;
        }

        if (node.Activity.Async)
        {
            ScheduleActivityJob(token, node, Now, attempts: 0, retriesLeft: node.Activity.Retries, lastError: null);
            return;
        }

        var outcome = await InvokeAsync(token, node, attempt: 1);
        await ApplyOutcomeAsync(token, node, outcome, firstAttempt: true);
    }

    private async Task ApplyOutcomeAsync(TokenState token, FlowNode node, ActivityOutcome outcome, bool firstAttempt)
    {
        if (outcome.Succeeded)
        {
            await CompleteActivityAsync(token, node, outcome.Outputs);
        }
        else if (outcome.ErrorCode is { } code)
        {
            await ThrowErrorAsync(token, code, outcome.Failure!.Message);
        }
        else if (firstAttempt)
        {
            FirstAttemptFailed(token, node, outcome.Failure!);
        }
        else
        {
            throw new ActivityFailedException(outcome.Failure!);
        }
    }

    /// <summary>
    /// Calls the activity under a savepoint, so that a failure undoes exactly what the activity wrote and the
    /// rest of the step still commits.
    /// </summary>
    private async Task<ActivityOutcome> InvokeAsync(TokenState token, FlowNode node, int attempt)
    {
        var (name, activity) = ResolveActivity(node);
        if (activity is null)
        {
            return ActivityOutcome.Failed(new InvalidOperationException(
                $"{node} calls '{name}', which this server does not offer."));
        }

        Dictionary<string, System.Text.Json.Nodes.JsonNode?> inputs;
        try
        {
            inputs = Inputs(token, node);
        }
        catch (ExpressionException error)
        {
            return ActivityOutcome.Failed(error);
        }

        var target = new ActivityTarget(Record.Id, Record.ProcessKey, Record.BusinessKey, node.Id, name, attempt);
        var context = new ActivityContext(target, inputs, Session.Connection, Session.Transaction, Now);
        return await InvokeUnderSavepointAsync(activity, context);
    }

    private async Task<ActivityOutcome> InvokeUnderSavepointAsync(IWorkflowActivity activity, ActivityContext context)
    {
        const string savepoint = "activity";
        await Session.Transaction.SaveAsync(savepoint, Session.CancellationToken);
        try
        {
            await activity.ExecuteAsync(context, Session.CancellationToken);
            await Session.Transaction.ReleaseAsync(savepoint, Session.CancellationToken);
            return ActivityOutcome.Completed(context.Outputs);
        }
        catch (BpmnErrorException error)
        {
            await Session.Transaction.RollbackAsync(savepoint, Session.CancellationToken);
            return ActivityOutcome.BpmnError(error.Code, error.Message);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            await Session.Transaction.RollbackAsync(savepoint, Session.CancellationToken);
            return ActivityOutcome.Failed(error);
        }
    }

    private (string Name, IWorkflowActivity? Activity) ResolveActivity(FlowNode node) =>
        node.Kind == ElementKind.BusinessRuleTask
            ? (node.Activity.RuleSet!, Services.Catalog.FindRuleSet(node.Activity.RuleSet!))
            : (node.Activity.ActivityName!, Services.Catalog.FindActivity(node.Activity.ActivityName!));

    private void FirstAttemptFailed(TokenState token, FlowNode node, Exception failure)
    {
        var job = ScheduleActivityJob(token, node, Now, attempts: 1, node.Activity.Retries, failure.Message);
        RecordJobFailure(job, failure);
    }

    /// <summary>
    /// After a failed attempt: schedules the next one with a backoff that doubles each time, or, with no retries
    /// left, raises an incident on the job.
    /// </summary>
    internal void RecordJobFailure(Persistence.JobRecord job, Exception failure)
    {
        job.LastError = Describe(failure);
        job.LockOwner = null;
        job.LockExpiresAt = null;
        Journal("JobAttemptFailed", job.ElementId, job.TokenId, new { attempt = job.Attempts, error = job.LastError });
        Session.Raise(new WorkflowEvent(WorkflowEventKind.JobFailed, Record.Id, Record.ProcessKey, Record.BusinessKey,
            job.ElementId, $"attempt {job.Attempts}") { Exception = failure });
        if (job.RetriesLeft > 0)
        {
            job.RetriesLeft--;
            job.DueAt = Now + Backoff(job);
            Session.NoteJobScheduled();
            return;
        }

        job.HasIncident = true;
        var token = job.TokenId is { } id ? State.FindToken(id) : null;
        var incident = new Persistence.IncidentRecord
        {
            Id = Guid.NewGuid(),
            InstanceId = Record.Id,
            TokenId = job.TokenId,
            JobId = job.Id,
            ElementId = job.ElementId,
            Kind = "job-failed",
            Message = $"{job.ElementId} failed after {job.Attempts} attempt(s): {job.LastError}",
            CreatedAt = Now,
        };
        Waits.Incidents.Add(incident);
        Session.Db.Incidents.Add(incident);
        if (token is not null)
        {
            token.WaitingFor = "incident";
        }

        Journal("IncidentRaised", job.ElementId, job.TokenId, new { kind = incident.Kind, message = incident.Message });
        Raise(WorkflowEventKind.IncidentRaised, job.ElementId, incident.Message, failure);
    }

    private static TimeSpan Backoff(Persistence.JobRecord job)
    {
        var basis = Timers.IsoDuration.TryParse(job.RetryBackoff, out var duration)
            ? duration.ToApproximateTimeSpan()
            : TimeSpan.FromSeconds(10);
        var exponent = Math.Clamp(job.Attempts - 1, 0, 16);
        return TimeSpan.FromTicks(Math.Min(basis.Ticks * (1L << exponent), TimeSpan.FromDays(1).Ticks));
    }

    private static string Describe(Exception failure)
    {
        var text = failure.InnerException is null
            ? failure.Message
            : $"{failure.Message} ({failure.InnerException.Message})";
        return text.Length <= 2000 ? text : text[..2000];
    }

    private async Task RunScriptAsync(TokenState token, FlowNode node)
    {
        var written = new Dictionary<string, System.Text.Json.Nodes.JsonNode?>(StringComparer.Ordinal);
        System.Text.Json.Nodes.JsonNode? result;
        try
        {
            result = Services.Expressions.RunScript(
                node.Activity.Script!, Inputs(token, node), (n, v) => written[n] = v);
        }
        catch (ExpressionException error)
        {
            RaiseIncident(token, "script", $"The script of {node} failed: {error.Reason}");
            return;
        }

        if (node.Activity.ResultVariable is { } name)
        {
            written[name] = result;
        }

        await CompleteActivityAsync(token, node, written);
    }
}

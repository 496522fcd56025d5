using System.Text.Json;
using System.Text.Json.Nodes;
using EcomErp.Workflows.Definitions;
using EcomErp.Workflows.Observability;
using EcomErp.Workflows.Persistence;
using EcomErp.Workflows.Tasks;
using EcomErp.Workflows.Timers;

namespace EcomErp.Workflows.Runtime;

internal sealed partial class InstanceExecution
{
    /// <summary>
    /// Resumes the wait behind a subscription with a message. Non-interrupting boundary events and event
    /// subprocess starts stay armed for the next message; every other wait is used up.
    /// </summary>
    public async Task DeliverMessageAsync(SubscriptionRecord subscription, string messageName, JsonObject? payload)
    {
        var node = Model.Node(subscription.ElementId);
        Journal("MessageCorrelated", node.Id, subscription.TokenId, new { message = messageName });
        Raise(WorkflowEventKind.MessageCorrelated, node.Id, messageName);
        var staysArmed = !node.IsInterrupting && node.Kind is ElementKind.BoundaryEvent or ElementKind.StartEvent;
        if (!staysArmed)
        {
            Waits.Subscriptions.Remove(subscription);
            Session.Db.Subscriptions.Remove(subscription);
        }

        await ResumeAtAsync(subscription.TokenId, subscription.ScopeId, node, payload);
    }

    private async Task DeliverBufferedAsync(Guid subscriptionId, MessageRecord message)
    {
        var subscription = Waits.Subscriptions.Find(s => s.Id == subscriptionId);
        if (subscription is null)
        {
            message.ConsumedAt = null;
            message.ConsumedByInstanceId = null;
            return;
        }

        await DeliverMessageAsync(subscription, message.Name, ExecutionSession.ParsePayload(message.Payload));
        await TakeNextBufferedAsync(subscription);
    }

    /// <summary>
    /// A wait that stays armed after a message (a non-interrupting boundary or event-subprocess start) takes every
    /// message buffered for it, one per step of the loop, oldest first, not only the first.
    /// </summary>
    private async Task TakeNextBufferedAsync(SubscriptionRecord subscription)
    {
        if (!Waits.Subscriptions.Contains(subscription))
        {
            return;
        }

        var next = await Session.TakeBufferedMessageAsync(
            subscription.MessageName, subscription.CorrelationKey, Record.Id);
        if (next is not null)
        {
            bufferedDeliveries.Enqueue((subscription.Id, next));
        }
    }

    /// <summary>
    /// Fires a timer job; a repeating timer that should keep going is rescheduled instead of removed.
    /// </summary>
    public async Task FireTimerAsync(JobRecord job)
    {
        var node = Model.Node(job.ElementId);
        var schedule = JsonSerializer.Deserialize<TimerSchedule>(job.Payload!)!;
        Journal("TimerFired", node.Id, job.TokenId, new { dueAt = job.DueAt });
        Raise(WorkflowEventKind.TimerFired, node.Id, null);
        var next = node.IsInterrupting ? null : schedule.Next(Now);
        if (next is null)
        {
            Waits.Jobs.Remove(job);
            Session.Db.Jobs.Remove(job);
        }
        else
        {
            job.DueAt = next.DueAt;
            job.Payload = JsonSerializer.Serialize(next);
            job.LockOwner = null;
            job.LockExpiresAt = null;
            Session.NoteJobScheduled();
        }

        await ResumeAtAsync(job.TokenId, job.ScopeId, node, payload: null);
    }

    /// <summary>
    /// Resumes whatever waited at <paramref name="node"/>: a catch, a boundary, a gateway branch or a start.
    /// </summary>
    private async Task ResumeAtAsync(Guid? tokenId, Guid? scopeId, FlowNode node, JsonObject? payload)
    {
        if (scopeId is { } ownerScope)
        {
            await StartEventSubProcessAsync(State.Scope(ownerScope), node, payload);
            return;
        }

        var token = State.FindToken(tokenId!.Value)!;
        if (node.Kind == ElementKind.BoundaryEvent)
        {
            await TriggerBoundaryAsync(token, node, payload);
            return;
        }

        if (token.ElementId != node.Id)
        {
            TakeEventGatewayBranch(token, node);
        }

        MergePayload(State.Scope(token.ScopeId), payload);
        await CompleteWaitAsync(token, node);
    }

    /// <summary>
    /// The event that occurred first after an event-based gateway wins: every other wait the gateway armed goes
    /// in the same step, and the token moves on to the winning catch event.
    /// </summary>
    private void TakeEventGatewayBranch(TokenState token, FlowNode winner)
    {
        RemoveEventWaitsOwnedBy(token);
        Journal("EventGatewayDecided", token.ElementId, token.Id, new { winner = winner.Id });
        token.ElementId = winner.Id;
        token.ArrivedVia = winner.Incoming.Count > 0 ? winner.Incoming[0].Id : null;
        Journal("ElementEntered", winner.Id, token.Id, new { via = token.ArrivedVia });
        Raise(WorkflowEventKind.ElementEntered, winner.Id, winner.TypeName);
    }

    private Task CompleteWaitAsync(TokenState token, FlowNode node)
    {
        token.Phase = TokenPhase.Arriving;
        token.WaitingFor = null;
        if (node.IsActivity)
        {
            return CompleteActivityAsync(token, node, NoOutputs);
        }

        RemoveEventWaitsOwnedBy(token);
        Journal("ElementCompleted", node.Id, token.Id);
        return LeaveAsync(token, node);
    }

    /// <summary>
    /// Runs one attempt of an activity job. A failure aborts the whole step so that nothing it did stays.
    /// </summary>
    public async Task RunActivityJobAsync(JobRecord job)
    {
        var token = State.FindToken(job.TokenId!.Value)!;
        var node = Model.Node(job.ElementId);
        job.Attempts++;
        var outcome = await InvokeAsync(token, node, job.Attempts);
        if (outcome.Succeeded || outcome.ErrorCode is not null)
        {
            Waits.Jobs.Remove(job);
            Session.Db.Jobs.Remove(job);
            token.Phase = TokenPhase.Arriving;
        }

        await ApplyOutcomeAsync(token, node, outcome, firstAttempt: false);
    }

    public async Task CompleteUserTaskAsync(UserTaskRecord task, UserTaskCompletion completion)
    {
        var token = State.FindToken(task.TokenId)!;
        var node = Model.Node(task.ElementId);
        task.Status = UserTaskStatus.Completed;
        task.EndedAt = Now;
        task.Outcome = completion.Outcome;
        task.Comment = completion.Comment;
        task.CompletedBy = completion.CompletedBy;
        Waits.UserTasks.Remove(task);
        Journal("UserTaskCompleted", node.Id, token.Id, new { completion.Outcome, completion.CompletedBy });
        var outputs = new Dictionary<string, JsonNode?>(completion.Variables, StringComparer.Ordinal);
        if (node.Activity.ResultVariable is { } name && completion.Outcome is not null)
        {
            outputs[name] = completion.Outcome;
        }

        token.Phase = TokenPhase.Arriving;
        await CompleteActivityAsync(token, node, outputs);
    }

    /// <summary>
    /// Retries what an incident stopped: a failed job gets one more attempt now; a stuck token runs its element (or
    /// its outgoing flows) again. Changed variables are set on the process first.
    /// </summary>
    public void RetryIncident(IncidentRecord incident, IReadOnlyDictionary<string, JsonNode?> variables, string by)
    {
        SetVariables(State.Root, variables);
        incident.ResolvedAt = Now;
        incident.Resolution = $"retried by {by}";
        Waits.Incidents.Remove(incident);
        var detail = new { incident.Kind, resolution = incident.Resolution };
        Journal("IncidentResolved", incident.ElementId, incident.TokenId, detail);
        Raise(WorkflowEventKind.IncidentResolved, incident.ElementId, incident.Resolution);
        if (incident.JobId is { } jobId && Waits.Jobs.Find(j => j.Id == jobId) is { } job)
        {
            job.HasIncident = false;
            job.RetriesLeft = 0;
            job.DueAt = Now;
            Session.NoteJobScheduled();
        }
        else if (incident.TokenId is { } tokenId && State.FindToken(tokenId) is { Phase: TokenPhase.Incident } token)
        {
            token.Phase = TokenPhase.Arriving;
            token.WaitingFor = null;
            arriving.Enqueue(token.Id);
        }
    }
}

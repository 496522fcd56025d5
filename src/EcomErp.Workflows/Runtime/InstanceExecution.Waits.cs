using System.Text.Json;
using EcomErp.Workflows.Definitions;
using EcomErp.Workflows.Expressions;
using EcomErp.Workflows.Persistence;
using EcomErp.Workflows.Timers;

namespace EcomErp.Workflows.Runtime;

internal sealed partial class InstanceExecution
{
    private JobRecord ScheduleActivityJob(
        TokenState token,
        FlowNode node,
        DateTimeOffset dueAt,
        int attempts,
        int retriesLeft,
        string? lastError)
    {
        var job = AddJob(JobKind.Activity, token.Id, null, node.Id, dueAt);
        job.Attempts = attempts;
        job.RetriesLeft = retriesLeft;
        job.RetryBackoff = node.Activity.RetryBackoff;
        job.LastError = lastError;
        Wait(token, $"job {node.Activity.ActivityName ?? node.Activity.RuleSet}");
        return job;
    }

    /// <summary>
    /// Arms a timer owned by a token (or by a scope, for event-subprocess starts). Timers always fire from a job,
    /// never inside the step that armed them, so a message that arrives first can still win a race.
    /// </summary>
    private bool TryScheduleTimer(TokenState ownerToken, ScopeState? ownerScope, FlowNode timerNode)
    {
        var definition = timerNode.Event.Timer!;
        TimerSchedule schedule;
        try
        {
            var value = TimerValue(definition, ownerScope ?? State.Scope(ownerToken.ScopeId));
            schedule = TimerSchedule.Create(definition.Kind, value, Now);
        }
        catch (Exception error) when (error is ExpressionException or FormatException)
        {
            RaiseIncident(ownerToken, "timer", $"The timer of {timerNode} cannot be scheduled: {error.Message}");
            return false;
        }

        AddTimerJob(ownerScope is null ? ownerToken.Id : null, ownerScope?.Id, timerNode, schedule);
        return true;
    }

    private void ScheduleScopeTimer(ScopeState scope, FlowNode timerNode)
    {
        var definition = timerNode.Event.Timer!;
        var schedule = TimerSchedule.Create(definition.Kind, TimerValue(definition, scope), Now);
        AddTimerJob(null, scope.Id, timerNode, schedule);
    }

    private string TimerValue(TimerDefinition definition, ScopeState scope) =>
        ExpressionText.IsWrapped(definition.Value)
            ? Services.Expressions.Evaluate(definition.Value, Visible(scope))?.GetValue<string>()
                ?? throw new FormatException("the timer expression yielded nothing")
            : definition.Value;

    private void AddTimerJob(Guid? tokenId, Guid? scopeId, FlowNode timerNode, TimerSchedule schedule)
    {
        var job = AddJob(JobKind.Timer, tokenId, scopeId, timerNode.Id, schedule.DueAt);
        job.Payload = JsonSerializer.Serialize(schedule);
        Journal("TimerScheduled", timerNode.Id, tokenId, new { dueAt = schedule.DueAt });
    }

    private JobRecord AddJob(JobKind kind, Guid? tokenId, Guid? scopeId, string elementId, DateTimeOffset dueAt)
    {
        var job = new JobRecord
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            InstanceId = Record.Id,
            DefinitionId = Record.DefinitionId,
            TokenId = tokenId,
            ScopeId = scopeId,
            ElementId = elementId,
            DueAt = dueAt,
            CreatedAt = Now,
        };
        Waits.Jobs.Add(job);
        Session.Db.Jobs.Add(job);
        Session.NoteJobScheduled();
        return job;
    }

    /// <summary>
    /// Opens a wait for a message. A matching message that arrived earlier and is still buffered is delivered as
    /// soon as the current element has finished entering.
    /// </summary>
    private async Task<bool> TryOpenSubscriptionAsync(
        TokenState ownerToken,
        ScopeState? ownerScope,
        FlowNode waitingNode,
        MessageDefinition message)
    {
        string key;
        try
        {
            key = CorrelationKey(message, ownerScope ?? State.Scope(ownerToken.ScopeId));
        }
        catch (ExpressionException error)
        {
            RaiseIncident(ownerToken, "expression",
                $"The correlation key of message '{message.Name}' at {waitingNode} failed: {error.Reason}");
            return false;
        }

        var ownerTokenId = ownerScope is null ? ownerToken.Id : (Guid?)null;
        await OpenSubscriptionAsync(ownerTokenId, ownerScope?.Id, waitingNode, message, key);
        return true;
    }

    private async Task OpenSubscriptionAsync(
        Guid? tokenId,
        Guid? scopeId,
        FlowNode waitingNode,
        MessageDefinition message,
        string key)
    {
        var subscription = new SubscriptionRecord
        {
            Id = Guid.NewGuid(),
            InstanceId = Record.Id,
            TokenId = tokenId,
            ScopeId = scopeId,
            ElementId = waitingNode.Id,
            MessageName = message.Name,
            CorrelationKey = key,
            CreatedAt = Now,
        };
        Waits.Subscriptions.Add(subscription);
        Session.Db.Subscriptions.Add(subscription);
        if (await Session.TakeBufferedMessageAsync(message.Name, key, Record.Id) is { } buffered)
        {
            bufferedDeliveries.Enqueue((subscription.Id, buffered));
        }
    }

    private string CorrelationKey(MessageDefinition message, ScopeState scope)
    {
        if (message.CorrelationKey is null)
        {
            return "";
        }

        var value = Services.Expressions.Evaluate(message.CorrelationKey, Visible(scope));
        return value switch
        {
            null => throw new ExpressionException(message.CorrelationKey, "the correlation key is null or undefined"),
            System.Text.Json.Nodes.JsonValue v when v.TryGetValue<string>(out var text) => text,
            _ => value.ToJsonString(),
        };
    }

    /// <summary>Removes every wait a token owns: its subscriptions, timers and jobs, tasks and incidents.</summary>
    private void RemoveWaitsOwnedBy(TokenState token, string reason)
    {
        RemoveEventWaitsOwnedBy(token);
        RemoveAll(Waits.UserTasks, t => t.TokenId == token.Id, t =>
        {
            t.Status = UserTaskStatus.Cancelled;
            t.EndedAt = Now;
            t.Comment ??= reason;
        });
        RemoveAll(Waits.Incidents, i => i.TokenId == token.Id, i =>
        {
            i.ResolvedAt = Now;
            i.Resolution = reason;
        });
    }

    private void RemoveEventWaitsOwnedBy(TokenState token)
    {
        RemoveAll(Waits.Subscriptions, s => s.TokenId == token.Id, s => Session.Db.Subscriptions.Remove(s));
        RemoveAll(Waits.Jobs, j => j.TokenId == token.Id, j => Session.Db.Jobs.Remove(j));
    }

    private void RemoveWaitsOwnedBy(ScopeState scope)
    {
        RemoveAll(Waits.Subscriptions, s => s.ScopeId == scope.Id, s => Session.Db.Subscriptions.Remove(s));
        RemoveAll(Waits.Jobs, j => j.ScopeId == scope.Id, j => Session.Db.Jobs.Remove(j));
    }

    private static void RemoveAll<T>(List<T> rows, Predicate<T> match, Action<T> remove)
    {
        foreach (var row in rows.FindAll(match))
        {
            remove(row);
        }

        rows.RemoveAll(match);
    }
}

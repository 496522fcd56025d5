using System.Text.Json.Nodes;
using EcomErp.Workflows.Definitions;
using EcomErp.Workflows.Expressions;
using EcomErp.Workflows.Persistence;

namespace EcomErp.Workflows.Runtime;

internal sealed partial class InstanceExecution
{
    private async Task EndAsync(TokenState token, FlowNode node)
    {
        switch (node.Event.Kind)
        {
            case EventKind.Terminate:
                await TerminateScopeAsync(token, node);
                return;
            case EventKind.Error:
                await ThrowErrorAsync(token, node.Event.Error!.Code!, $"error end event {node.Id}");
                return;
            case EventKind.Message:
                if (!TryQueueOutgoingMessage(token, node, node.Event.Message!))
                {
                    return;
                }

                break;
        }

        if (EndsProcessLevel(State.Scope(token.ScopeId)))
        {
            Record.EndedBy = node.Id;
        }

        Journal("ElementCompleted", node.Id, token.Id);
        await ConsumeTokenAsync(token);
    }

    /// <summary>
    /// Ends every token of the terminating token's own scope. The scope then completes normally: a subprocess
    /// continues on its outgoing flows, the process ends.
    /// </summary>
    private async Task TerminateScopeAsync(TokenState token, FlowNode node)
    {
        var scope = State.Scope(token.ScopeId);
        Journal("ScopeTerminated", node.Id, token.Id, new { scope = scope.ElementId ?? Record.ProcessKey });
        foreach (var child in State.ChildrenOf(scope.Id).ToList())
        {
            await CancelScopeAsync(child, $"terminated by {node.Id}");
        }

        foreach (var other in State.TokensIn(scope.Id).ToList())
        {
            await CancelTokenAsync(other, $"terminated by {node.Id}");
        }

        if (EndsProcessLevel(scope))
        {
            Record.EndedBy = node.Id;
        }

        await CompleteScopeAsync(scope);
    }

    /// <summary>
    /// Whether an end event in <paramref name="scope"/> can be how the instance ended: one at process level, or
    /// in an event subprocess of the process (the path an interrupting cancellation takes, for example).
    /// </summary>
    private bool EndsProcessLevel(ScopeState scope) =>
        scope.ParentId is null
        || (scope.Kind == ScopeKind.EventSubProcess && State.Scope(scope.ParentId.Value).ParentId is null);

    private async Task ThrowEventAsync(TokenState token, FlowNode node)
    {
        if (node.Event.Kind == EventKind.Message && !TryQueueOutgoingMessage(token, node, node.Event.Message!))
        {
            return;
        }

        await LeaveAsync(token, node);
    }

    private async Task SendMessageAsync(TokenState token, FlowNode node, MessageDefinition message)
    {
        if (TryQueueOutgoingMessage(token, node, message))
        {
            await CompleteActivityAsync(token, node, NoOutputs);
        }
    }

    /// <summary>Puts a thrown message into the outbox; it leaves after this step commits.</summary>
    private bool TryQueueOutgoingMessage(TokenState token, FlowNode node, MessageDefinition message)
    {
        string key;
        JsonObject payload;
        try
        {
            key = CorrelationKey(message, State.Scope(token.ScopeId));
            payload = ToObject(MappedInputsOnly(token, node));
        }
        catch (ExpressionException error)
        {
            RaiseIncident(token, "expression", $"The message '{message.Name}' thrown by {node} failed: {error.Reason}");
            return false;
        }

        Session.Db.Outbox.Add(new OutboxRecord
        {
            InstanceId = Record.Id,
            ElementId = node.Id,
            MessageName = message.Name,
            CorrelationKey = key.Length == 0 ? null : key,
            Payload = payload.ToJsonString(),
            IdempotencyKey = $"{Record.Id:N}:{node.Id}:{Guid.NewGuid():N}",
            CreatedAt = Now,
        });
        Journal("MessageThrown", node.Id, token.Id, new { message = message.Name, correlationKey = key });
        return true;
    }

    private async Task CatchEventAsync(TokenState token, FlowNode node)
    {
        var armed = node.Event.Kind == EventKind.Message
            ? await TryOpenSubscriptionAsync(token, null, node, node.Event.Message!)
            : TryScheduleTimer(token, null, node);
        if (armed)
        {
            Wait(token, node.Event.Kind == EventKind.Message ? $"message {node.Event.Message!.Name}" : "timer");
        }
    }

    private async Task ReceiveAsync(TokenState token, FlowNode node)
    {
        if (await TryOpenSubscriptionAsync(token, null, node, node.Activity.Message!))
        {
            Wait(token, $"message {node.Activity.Message!.Name}");
        }
    }

    /// <summary>Arms the timer and message boundary events of an activity a token has just entered.</summary>
    private async Task ArmBoundaryEventsAsync(TokenState token, FlowNode activity)
    {
        foreach (var boundary in activity.BoundaryEvents)
        {
            switch (boundary.Event.Kind)
            {
                case EventKind.Timer:
                    TryScheduleTimer(token, null, boundary);
                    break;
                case EventKind.Message:
                    await TryOpenSubscriptionAsync(token, null, boundary, boundary.Event.Message!);
                    break;
            }
        }
    }

    /// <summary>
    /// A boundary event fired on the activity <paramref name="host"/> is at. An interrupting one cancels the
    /// activity and everything inside it first; either way a new token leaves through the boundary event.
    /// </summary>
    private async Task TriggerBoundaryAsync(TokenState host, FlowNode boundary, JsonObject? payload)
    {
        var scope = State.Scope(host.ScopeId);
        Journal("BoundaryTriggered", boundary.Id, host.Id, new { interrupting = boundary.IsInterrupting });
        MergePayload(scope, payload);
        Spawn(scope, boundary.Id, arrivedVia: null);
        if (boundary.IsInterrupting)
        {
            await CancelTokenAsync(host, $"interrupted by {boundary.Id}");
        }
    }

    /// <summary>Arms the message and timer starts of the event subprocesses directly inside a scope.</summary>
    private async Task ArmEventSubProcessesAsync(ScopeState scope, FlowNode? container)
    {
        foreach (var eventSubProcess in Model.NodesIn(container).Where(n => n.IsEventSubProcess))
        {
            var start = eventSubProcess.StartEvents.FirstOrDefault();
            if (start?.Event.Kind == EventKind.Message)
            {
                var key = CorrelationKeyOrEmpty(start.Event.Message!, scope);
                await OpenSubscriptionAsync(null, scope.Id, start, start.Event.Message!, key);
            }
            else if (start?.Event.Kind == EventKind.Timer)
            {
                ScheduleScopeTimerSafely(scope, start);
            }
        }
    }

    private string CorrelationKeyOrEmpty(MessageDefinition message, ScopeState scope)
    {
        try
        {
            return CorrelationKey(message, scope);
        }
        catch (ExpressionException error)
        {
            Journal("EventSubProcessNotArmed", null, null, new { message = message.Name, error = error.Reason });
            return "";
        }
    }

    private void ScheduleScopeTimerSafely(ScopeState scope, FlowNode start)
    {
        try
        {
            ScheduleScopeTimer(scope, start);
        }
        catch (Exception error) when (error is ExpressionException or FormatException)
        {
            Journal("EventSubProcessNotArmed", start.Id, null, new { error = error.Message });
        }
    }

    /// <summary>
    /// Starts an event subprocess in <paramref name="scope"/>. An interrupting start first cancels everything else
    /// in the scope; a non-interrupting one runs beside it.
    /// </summary>
    private async Task StartEventSubProcessAsync(ScopeState scope, FlowNode start, JsonObject? payload)
    {
        var eventSubProcess = start.Container!;
        Journal("EventSubProcessStarted", eventSubProcess.Id, null, new { interrupting = start.IsInterrupting });
        if (start.IsInterrupting)
        {
            await CancelScopeContentsAsync(scope, $"interrupted by event subprocess {eventSubProcess.Id}");
        }

        var inner = NewScope(ScopeKind.EventSubProcess, scope, eventSubProcess.Id, hostTokenId: null);
        inner.Interrupting = start.IsInterrupting;
        MergePayload(inner, payload);
        await ArmEventSubProcessesAsync(inner, eventSubProcess);
        Spawn(inner, start.Id, arrivedVia: null);
    }

    private void MergePayload(ScopeState scope, JsonObject? payload)
    {
        if (payload is null)
        {
            return;
        }

        foreach (var (name, value) in payload)
        {
            SetVariable(scope, name, value);
        }
    }
}

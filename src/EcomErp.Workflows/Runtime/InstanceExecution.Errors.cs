using System.Text.Json.Nodes;
using EcomErp.Workflows.Definitions;
using EcomErp.Workflows.Observability;

namespace EcomErp.Workflows.Runtime;

internal sealed partial class InstanceExecution
{
    /// <summary>
    /// Throws a BPMN error from where <paramref name="token"/> is. An error nothing catches, in this instance or
    /// in the parents its call activities belong to, becomes an incident on the throwing element; it never ends
    /// silently, and it is reported once, where it was thrown.
    /// </summary>
    public async Task ThrowErrorAsync(TokenState token, string code, string message)
    {
        Journal("ErrorThrown", token.ElementId, token.Id, new { code, message });
        Raise(WorkflowEventKind.ErrorThrown, token.ElementId, code);
        if (!await TryCatchErrorAsync(token, code, message))
        {
            RaiseIncident(token, "unhandled-error",
                $"BPMN error '{code}' thrown at {Model.Node(token.ElementId)} is not caught by any boundary or " +
                $"event subprocess: {message}");
        }
    }

    /// <summary>
    /// Finds the catch of an error from the inside out: the activity's own error boundaries, then for each
    /// enclosing scope its error event subprocesses and the boundaries of the subprocess that is the scope, and
    /// finally the call activity in a parent instance.
    /// </summary>
    /// <returns>Whether something caught the error.</returns>
    public async Task<bool> TryCatchErrorAsync(TokenState token, string code, string message)
    {
        var payload = new JsonObject { ["errorCode"] = code, ["errorMessage"] = message };
        var node = Model.Node(token.ElementId);
        if (node.IsActivity && !token.IsIteration && FindErrorCatch(node.BoundaryEvents, code) is { } boundary)
        {
            await TriggerBoundaryAsync(token, boundary, payload);
            return true;
        }

        if (await TryCatchInScopesAsync(State.Scope(token.ScopeId), code, payload))
        {
            return true;
        }

        return Record.ParentInstanceId is { } parentId
            && await Session.PropagateErrorAsync(parentId, Record.ParentTokenId!.Value, code, message);
    }

    private async Task<bool> TryCatchInScopesAsync(ScopeState scope, string code, JsonObject payload)
    {
        var cameFromEventSubProcess = false;
        for (ScopeState? current = scope; current is not null; current = Parent(current))
        {
            if (!cameFromEventSubProcess && EventSubProcessCatch(current, code) is { } start)
            {
                await StartEventSubProcessAsync(current, start, payload);
                return true;
            }

            if (HostBoundaryCatch(current, code) is { } caught)
            {
                await TriggerBoundaryAsync(caught.Host, caught.Boundary, payload);
                return true;
            }

            cameFromEventSubProcess = current.Kind == ScopeKind.EventSubProcess;
        }

        return false;
    }

    private ScopeState? Parent(ScopeState scope) => scope.ParentId is { } id ? State.Scope(id) : null;

    private FlowNode? EventSubProcessCatch(ScopeState scope, string code)
    {
        if (scope.Kind is ScopeKind.MultiInstanceBody or ScopeKind.MultiInstanceIteration)
        {
            return null;
        }

        var container = scope.ElementId is null ? null : Model.Node(scope.ElementId);
        var starts = Model.NodesIn(container)
            .Where(n => n.IsEventSubProcess)
            .SelectMany(n => n.StartEvents);
        return FindErrorCatch(starts, code);
    }

    /// <summary>The error boundary of the activity a subprocess or multi-instance scope belongs to.</summary>
    private (TokenState Host, FlowNode Boundary)? HostBoundaryCatch(ScopeState scope, string code)
    {
        if (scope.Kind is not (ScopeKind.SubProcess or ScopeKind.MultiInstanceBody) || scope.HostTokenId is null)
        {
            return null;
        }

        var host = State.FindToken(scope.HostTokenId.Value);
        if (host is null || host.IsIteration)
        {
            return null;
        }

        var boundary = FindErrorCatch(Model.Node(scope.ElementId!).BoundaryEvents, code);
        return boundary is null ? null : (host, boundary);
    }

    /// <summary>A catch for exactly this code wins over a catch-all (an error event without a code).</summary>
    private static FlowNode? FindErrorCatch(IEnumerable<FlowNode> candidates, string code)
    {
        var errorEvents = candidates.Where(c => c.Event.Kind == EventKind.Error).ToList();
        return errorEvents.FirstOrDefault(c => c.Event.Error?.Code == code)
            ?? errorEvents.FirstOrDefault(c => string.IsNullOrEmpty(c.Event.Error?.Code));
    }
}

using EcomErp.Workflows.Definitions;
using EcomErp.Workflows.Observability;
using EcomErp.Workflows.Persistence;

namespace EcomErp.Workflows.Runtime;

internal sealed partial class InstanceExecution
{
    /// <summary>
    /// Removes a token and everything that hangs off it: its waits, the scopes it hosts (a subprocess or
    /// multi-instance body), and the child instance of a call activity.
    /// </summary>
    private async Task CancelTokenAsync(TokenState token, string reason)
    {
        if (!State.Tokens.Contains(token))
        {
            return;
        }

        RemoveWaitsOwnedBy(token, reason);
        State.Tokens.Remove(token);
        foreach (var hosted in State.Scopes.Where(s => s.HostTokenId == token.Id).ToList())
        {
            await CancelScopeAsync(hosted, reason);
        }

        if (Model.Node(token.ElementId).Kind == ElementKind.CallActivity)
        {
            await Session.CancelChildrenAsync(Record.Id, token.Id, reason);
        }

        Journal("TokenCancelled", token.ElementId, token.Id, new { reason });
    }

    /// <summary>
    /// Removes a scope with all tokens, nested scopes and waits inside it, without completing anything.
    /// </summary>
    private async Task CancelScopeAsync(ScopeState scope, string reason)
    {
        await CancelScopeContentsAsync(scope, reason);
        RemoveWaitsOwnedBy(scope);
        State.Scopes.Remove(scope);
    }

    private async Task CancelScopeContentsAsync(ScopeState scope, string reason)
    {
        foreach (var child in State.ChildrenOf(scope.Id).ToList())
        {
            await CancelScopeAsync(child, reason);
        }

        foreach (var token in State.TokensIn(scope.Id).ToList())
        {
            await CancelTokenAsync(token, reason);
        }

        RemoveWaitsOwnedBy(scope);
    }

    /// <summary>Cancels the whole instance, and the instances its call activities started.</summary>
    public async Task CancelAsync(string reason)
    {
        if (!IsRunning)
        {
            return;
        }

        await CancelScopeContentsAsync(State.Root, reason);
        Record.Status = InstanceStatus.Cancelled;
        Record.EndedAt = Now;
        Record.EndedBy = reason;
        Journal("InstanceCancelled", null, null, new { reason });
        Raise(WorkflowEventKind.InstanceCancelled, null, reason);
    }
}

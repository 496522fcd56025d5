using EcomErp.Workflows.Definitions;

namespace EcomErp.Workflows.Runtime;

internal sealed partial class InstanceExecution
{
    private Task ExclusiveGatewayAsync(TokenState token, FlowNode gateway)
    {
        if (TrySelectFlows(token, gateway, firstOnly: true, out var selected))
        {
            Follow(token, selected);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// A parallel join fires when every incoming flow holds at least one waiting token, and takes exactly one
    /// token per flow; surplus tokens on a flow wait for the next firing.
    /// </summary>
    private Task ParallelGatewayAsync(TokenState token, FlowNode gateway)
    {
        if (gateway.Incoming.Count <= 1)
        {
            Fork(token, gateway);
            return Task.CompletedTask;
        }

        Wait(token, "join");
        var waiting = JoinTokens(gateway, token.ScopeId);
        if (gateway.Incoming.All(f => waiting.Any(t => t.ArrivedVia == f.Id)))
        {
            FireJoin(gateway, waiting, gateway.Incoming);
        }

        return Task.CompletedTask;
    }

    private Task InclusiveGatewayAsync(TokenState token, FlowNode gateway)
    {
        if (gateway.Incoming.Count <= 1)
        {
            Split(token, gateway);
            return Task.CompletedTask;
        }

        Wait(token, "join");
        var waiting = JoinTokens(gateway, token.ScopeId);
        if (gateway.Incoming.All(f => waiting.Any(t => t.ArrivedVia == f.Id)))
        {
            FireInclusiveJoin(gateway, waiting);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Once no token can move without waiting, an inclusive join whose missing flows no other token can still
    /// reach has waited long enough. Checking at rest covers tokens that vanished elsewhere (ended, cancelled or
    /// terminated), not only tokens that arrived.
    /// </summary>
    private Task FireReadyInclusiveJoinsAsync()
    {
        var candidates = State.Tokens
            .Where(t => t.Phase == TokenPhase.Waiting && t.WaitingFor == "join")
            .Select(t => (Token: t, Node: Model.Node(t.ElementId)))
            .Where(c => c.Node.Kind == ElementKind.InclusiveGateway)
            .GroupBy(c => (c.Token.ScopeId, c.Node.Id))
            .ToList();
        foreach (var group in candidates)
        {
            var gateway = group.First().Node;
            var waiting = JoinTokens(gateway, group.Key.ScopeId);
            if (waiting.Count > 0 && !CanStillArrive(gateway, group.Key.ScopeId, waiting))
            {
                FireInclusiveJoin(gateway, waiting);
            }
        }

        return Task.CompletedTask;
    }

    private void FireInclusiveJoin(FlowNode gateway, List<TokenState> waiting)
    {
        var served = gateway.Incoming.Where(f => waiting.Any(t => t.ArrivedVia == f.Id)).ToList();
        var continuing = FireJoin(gateway, waiting, served, split: false);
        Split(continuing, gateway);
    }

    /// <summary>
    /// Consumes one waiting token per flow in <paramref name="flows"/> and returns the one that goes on.
    /// </summary>
    private TokenState FireJoin(
        FlowNode gateway,
        List<TokenState> waiting,
        IEnumerable<SequenceFlow> flows,
        bool split = true)
    {
        var consumed = flows.Select(f => waiting.First(t => t.ArrivedVia == f.Id)).ToList();
        var continuing = consumed[0];
        foreach (var other in consumed.Skip(1))
        {
            State.Tokens.Remove(other);
        }

        Journal("JoinFired", gateway.Id, continuing.Id, new { flows = consumed.Select(t => t.ArrivedVia) });
        continuing.Phase = TokenPhase.Arriving;
        continuing.WaitingFor = null;
        if (split)
        {
            Fork(continuing, gateway);
        }

        return continuing;
    }

    private List<TokenState> JoinTokens(FlowNode gateway, Guid scopeId) =>
        State.TokensIn(scopeId)
            .Where(t => t.ElementId == gateway.Id && t.Phase == TokenPhase.Waiting && t.WaitingFor == "join")
            .ToList();

    private void Fork(TokenState token, FlowNode gateway)
    {
        if (gateway.Outgoing.Count == 0)
        {
            State.Tokens.Remove(token);
            return;
        }

        Follow(token, gateway.Outgoing.OrderBy(f => f.Order).ToList());
    }

    private void Split(TokenState token, FlowNode gateway)
    {
        if (TrySelectFlows(token, gateway, firstOnly: false, out var selected))
        {
            Follow(token, selected);
        }
    }

    /// <summary>
    /// Whether a token elsewhere in the scope has a path to an incoming flow of the gateway that holds no token
    /// yet, without passing through the gateway itself.
    /// </summary>
    private bool CanStillArrive(FlowNode gateway, Guid scopeId, List<TokenState> waiting)
    {
        var empty = gateway.Incoming.Where(f => waiting.All(t => t.ArrivedVia != f.Id))
            .Select(f => f.Source)
            .ToHashSet();
        return State.TokensIn(scopeId)
            .Where(t => t.ElementId != gateway.Id)
            .Any(t => Reaches(Model.Node(t.ElementId), empty, gateway));
    }

    private static bool Reaches(FlowNode from, HashSet<FlowNode> targets, FlowNode barrier)
    {
        var seen = new HashSet<FlowNode>();
        var pending = new Stack<FlowNode>([from]);
        while (pending.TryPop(out var node))
        {
            if (targets.Contains(node))
            {
                return true;
            }

            if (node == barrier || !seen.Add(node))
            {
                continue;
            }

            foreach (var next in node.Outgoing.Select(f => f.Target).Concat(node.BoundaryEvents))
            {
                pending.Push(next);
            }
        }

        return false;
    }

    /// <summary>
    /// Arms every event after the gateway; the first to occur wins and disarms the rest in the same step. A timer
    /// branch is a job even when it is due at once (<c>PT0S</c>), so a message correlated before a worker runs that
    /// job wins the race.
    /// </summary>
    private async Task EventBasedGatewayAsync(TokenState token, FlowNode gateway)
    {
        foreach (var target in gateway.Outgoing.Select(f => f.Target))
        {
            var message = target.Kind == ElementKind.ReceiveTask ? target.Activity.Message : target.Event.Message;
            var armed = target.Event.Kind == EventKind.Timer
                ? TryScheduleTimer(token, null, target)
                : await TryOpenSubscriptionAsync(token, null, target, message!);
            if (!armed)
            {
                RemoveEventWaitsOwnedBy(token);
                return;
            }
        }

        Wait(token, "first of " + string.Join(", ", gateway.Outgoing.Select(f => f.TargetId)));
    }
}

using System.Text.Json.Nodes;
using EcomErp.Workflows.Definitions;
using EcomErp.Workflows.Expressions;
using EcomErp.Workflows.Observability;
using EcomErp.Workflows.Persistence;

namespace EcomErp.Workflows.Runtime;

internal sealed partial class InstanceExecution
{
    private async Task EnterAsync(TokenState token)
    {
        var node = Model.Node(token.ElementId);
        if (token.RetryLeave && !node.IsGateway)
        {
            await LeaveAsync(token, node);
            return;
        }

        Journal("ElementEntered", node.Id, token.Id, token.ArrivedVia is null ? null : new { via = token.ArrivedVia });
        Raise(WorkflowEventKind.ElementEntered, node.Id, node.TypeName);
        if (node.IsActivity && !token.IsIteration)
        {
            await ArmBoundaryEventsAsync(token, node);
            if (node.MultiInstance is not null)
            {
                await EnterMultiInstanceAsync(token, node);
                return;
            }
        }

        await RunBehaviourAsync(token, node);
    }

    private Task RunBehaviourAsync(TokenState token, FlowNode node) => node.Kind switch
    {
        ElementKind.StartEvent or ElementKind.BoundaryEvent => LeaveAsync(token, node),
        ElementKind.Task or ElementKind.ManualTask => CompleteActivityAsync(token, node, NoOutputs),
        ElementKind.EndEvent => EndAsync(token, node),
        ElementKind.IntermediateThrowEvent => ThrowEventAsync(token, node),
        ElementKind.IntermediateCatchEvent => CatchEventAsync(token, node),
        ElementKind.ServiceTask or ElementKind.BusinessRuleTask or ElementKind.SendTask => RunTaskAsync(token, node),
        ElementKind.ScriptTask => RunScriptAsync(token, node),
        ElementKind.UserTask => CreateUserTaskAsync(token, node),
        ElementKind.ReceiveTask => ReceiveAsync(token, node),
        ElementKind.CallActivity => CallAsync(token, node),
        ElementKind.SubProcess => EnterSubProcessAsync(token, node),
        ElementKind.ExclusiveGateway => ExclusiveGatewayAsync(token, node),
        ElementKind.ParallelGateway => ParallelGatewayAsync(token, node),
        ElementKind.InclusiveGateway => InclusiveGatewayAsync(token, node),
        ElementKind.EventBasedGateway => EventBasedGatewayAsync(token, node),
        _ => throw new InvalidOperationException($"No behaviour for {node}."),
    };

    private static readonly IReadOnlyDictionary<string, JsonNode?> NoOutputs = new Dictionary<string, JsonNode?>();

    /// <summary>Finishes an activity: writes its results, removes its waits and moves on.</summary>
    private async Task CompleteActivityAsync(
        TokenState token,
        FlowNode node,
        IReadOnlyDictionary<string, JsonNode?> outputs)
    {
        try
        {
            ApplyOutputs(token, node, outputs);
        }
        catch (ExpressionException error)
        {
            RaiseIncident(token, "expression", $"The output mapping of {node} failed: {error.Message}");
            return;
        }

        RemoveWaitsOwnedBy(token, "completed");
        Journal("ElementCompleted", node.Id, token.Id);
        Raise(WorkflowEventKind.ElementCompleted, node.Id, node.TypeName);
        if (token.IsIteration)
        {
            await ConsumeTokenAsync(token);
            return;
        }

        await LeaveAsync(token, node);
    }

    /// <summary>
    /// Takes the outgoing flows of an event or activity: every unconditional flow, every flow whose condition
    /// holds, and the default flow only when nothing else was taken. No outgoing flow ends the token.
    /// </summary>
    private async Task LeaveAsync(TokenState token, FlowNode node)
    {
        if (node.Outgoing.Count == 0)
        {
            await ConsumeTokenAsync(token);
            return;
        }

        if (!TrySelectFlows(token, node, firstOnly: false, out var selected))
        {
            return;
        }

        Follow(token, selected);
    }

    /// <summary>Sends the token down the first flow and a new token down each further one.</summary>
    private void Follow(TokenState token, IReadOnlyList<SequenceFlow> flows)
    {
        var scope = State.Scope(token.ScopeId);
        MoveTo(token, flows[0]);
        foreach (var flow in flows.Skip(1))
        {
            Spawn(scope, flow.TargetId, flow.Id);
        }
    }

    /// <summary>
    /// Chooses outgoing flows in document order. With <paramref name="firstOnly"/> (an exclusive gateway) only the
    /// first true condition wins. A failed condition or no choice at all raises an incident naming the element.
    /// </summary>
    private bool TrySelectFlows(TokenState token, FlowNode node, bool firstOnly, out List<SequenceFlow> selected)
    {
        selected = [];
        var variables = Visible(token);
        foreach (var flow in node.Outgoing.Where(f => !f.IsDefault).OrderBy(f => f.Order))
        {
            if (!TryHolds(token, node, flow, variables, out var holds))
            {
                return false;
            }

            if (holds)
            {
                selected.Add(flow);
                if (firstOnly)
                {
                    break;
                }
            }
        }

        if (selected.Count == 0 && node.Outgoing.FirstOrDefault(f => f.IsDefault) is { } fallback)
        {
            selected.Add(fallback);
        }

        if (selected.Count == 0)
        {
            RaiseIncident(token, "no-flow-selected",
                $"No outgoing sequence flow of {node} could be selected: no condition is true and there is no " +
                "default flow.", retryLeave: true);
            return false;
        }

        return true;
    }

    private bool TryHolds(
        TokenState token,
        FlowNode node,
        SequenceFlow flow,
        Dictionary<string, JsonNode?> variables,
        out bool holds)
    {
        holds = true;
        if (flow.Condition is null)
        {
            return true;
        }

        try
        {
            holds = Services.Expressions.EvaluateCondition(flow.Condition, variables);
            return true;
        }
        catch (ExpressionException error)
        {
            RaiseIncident(token, "expression",
                $"The condition of sequence flow '{flow.Id}' leaving {node} failed: {error.Reason}", retryLeave: true);
            return false;
        }
    }

    /// <summary>
    /// Removes a token that has reached its end, then completes its scope if nothing else is left in it.
    /// </summary>
    private async Task ConsumeTokenAsync(TokenState token)
    {
        RemoveWaitsOwnedBy(token, "ended");
        State.Tokens.Remove(token);
        await CheckScopeCompletionAsync(State.Scope(token.ScopeId));
    }

    private async Task CheckScopeCompletionAsync(ScopeState scope)
    {
        if (!State.Scopes.Contains(scope) || State.TokensIn(scope.Id).Any() || State.ChildrenOf(scope.Id).Any())
        {
            return;
        }

        await CompleteScopeAsync(scope);
    }

    private async Task CompleteScopeAsync(ScopeState scope)
    {
        RemoveWaitsOwnedBy(scope);
        if (scope.Kind != ScopeKind.Process)
        {
            State.Scopes.Remove(scope);
        }

        switch (scope.Kind)
        {
            case ScopeKind.Process:
                await CompleteInstanceAsync();
                break;
            case ScopeKind.SubProcess:
                await CompleteHostAsync(scope, scope.Variables);
                break;
            case ScopeKind.MultiInstanceBody:
                await CompleteHostAsync(scope, NoOutputs);
                break;
            case ScopeKind.MultiInstanceIteration:
                await IterationCompletedAsync(State.Scope(scope.ParentId!.Value));
                break;
            case ScopeKind.EventSubProcess:
                await CheckScopeCompletionAsync(State.Scope(scope.ParentId!.Value));
                break;
        }
    }

    private Task CompleteHostAsync(ScopeState scope, IReadOnlyDictionary<string, JsonNode?> outputs)
    {
        var host = State.FindToken(scope.HostTokenId!.Value)!;
        var node = Model.Node(scope.ElementId!);
        var visibleOutputs = node.Activity.Outputs.Count > 0 ? outputs : NoOutputs;
        return CompleteActivityAsync(host, node, visibleOutputs);
    }

    private async Task CompleteInstanceAsync()
    {
        Record.Status = InstanceStatus.Completed;
        Record.EndedAt = Now;
        Record.EndedBy ??= "completed";
        Journal("InstanceCompleted", null, null, new { endedBy = Record.EndedBy });
        Raise(WorkflowEventKind.InstanceCompleted, null, Record.EndedBy);
        if (Record.ParentInstanceId is { } parentId)
        {
            await Session.ChildCompletedAsync(parentId, Record.ParentTokenId!.Value, State.Root.Variables);
        }
    }

    /// <summary>Parks a token on an incident that a person can retry once the cause is fixed.</summary>
    private void RaiseIncident(TokenState token, string kind, string message, bool retryLeave = false)
    {
        token.Phase = TokenPhase.Incident;
        token.RetryLeave = retryLeave;
        token.WaitingFor = "incident";
        var incident = new IncidentRecord
        {
            Id = Guid.NewGuid(),
            InstanceId = Record.Id,
            TokenId = token.Id,
            ElementId = token.ElementId,
            Kind = kind,
            Message = message,
            CreatedAt = Now,
        };
        Waits.Incidents.Add(incident);
        Session.Db.Incidents.Add(incident);
        Journal("IncidentRaised", token.ElementId, token.Id, new { kind, message });
        Raise(WorkflowEventKind.IncidentRaised, token.ElementId, message);
    }
}

using System.Text.Json.Nodes;
using EcomErp.Workflows.Definitions;
using EcomErp.Workflows.Expressions;

namespace EcomErp.Workflows.Runtime;

internal sealed partial class InstanceExecution
{
    /// <summary>
    /// Enters a multi-instance activity: a body scope counts the iterations, each of which runs in its own scope
    /// with <c>loopCounter</c> and the element variable. Parallel bodies start every iteration at once,
    /// sequential ones start the next when the previous completes.
    /// </summary>
    private Task EnterMultiInstanceAsync(TokenState token, FlowNode node)
    {
        var loop = node.MultiInstance!;
        if (!TryIterations(token, node, loop, out var total, out var items))
        {
            return Task.CompletedTask;
        }

        var body = NewScope(ScopeKind.MultiInstanceBody, State.Scope(token.ScopeId), node.Id, token.Id);
        body.Loop = new MultiInstanceProgress { Total = total, Items = items, IsSequential = loop.IsSequential };
        Wait(token, $"{total} iteration(s)");
        if (total == 0)
        {
            return CompleteScopeAsync(body);
        }

        var first = loop.IsSequential ? 1 : total;
        for (var i = 0; i < first; i++)
        {
            StartIteration(body, node);
        }

        return Task.CompletedTask;
    }

    private bool TryIterations(TokenState token, FlowNode node, MultiInstance loop, out int total, out JsonArray? items)
    {
        total = 0;
        items = null;
        var variables = Visible(token);
        try
        {
            if (loop.Collection is not null)
            {
                items = Services.Expressions.Evaluate(loop.Collection, variables) as JsonArray
                    ?? throw new ExpressionException(loop.Collection, "the collection is not an array");
                total = items.Count;
                return true;
            }

            total = Services.Expressions.Evaluate(loop.Cardinality!, variables)?.GetValue<int>()
                ?? throw new ExpressionException(loop.Cardinality!, "the cardinality is not a number");
            return total >= 0
                ? true
                : throw new ExpressionException(loop.Cardinality!, "the cardinality is negative");
        }
        catch (Exception error) when (error is ExpressionException or InvalidOperationException or FormatException)
        {
            RaiseIncident(token, "expression", $"The multi-instance loop of {node} cannot start: {error.Message}");
            return false;
        }
    }

    private void StartIteration(ScopeState body, FlowNode node)
    {
        var loop = body.Loop!;
        var index = loop.Started++;
        var iteration = NewScope(ScopeKind.MultiInstanceIteration, body, node.Id, hostTokenId: null);
        iteration.Variables["loopCounter"] = index;
        if (node.MultiInstance!.ElementVariable is { } name)
        {
            iteration.Variables[name] = loop.Items?[index]?.DeepClone();
        }

        Spawn(iteration, node.Id, arrivedVia: null, isIteration: true);
    }

    private async Task IterationCompletedAsync(ScopeState body)
    {
        var loop = body.Loop!;
        loop.Completed++;
        var node = Model.Node(body.ElementId!);
        if (loop.Completed < loop.Total && !CompletionConditionHolds(body, node))
        {
            if (loop.IsSequential)
            {
                StartIteration(body, node);
            }

            return;
        }

        foreach (var open in State.ChildrenOf(body.Id).ToList())
        {
            await CancelScopeAsync(open, "multi-instance completion condition met");
        }

        await CompleteScopeAsync(body);
    }

    private bool CompletionConditionHolds(ScopeState body, FlowNode node)
    {
        if (node.MultiInstance!.CompletionCondition is not { } condition)
        {
            return false;
        }

        try
        {
            return Services.Expressions.EvaluateCondition(condition, Visible(body));
        }
        catch (ExpressionException error)
        {
            Journal("CompletionConditionFailed", node.Id, body.HostTokenId, new { error = error.Reason });
            return false;
        }
    }
}

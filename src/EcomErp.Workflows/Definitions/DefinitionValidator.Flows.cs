using EcomErp.Workflows.Expressions;
using EcomErp.Workflows.Timers;

namespace EcomErp.Workflows.Definitions;

internal sealed partial class DefinitionValidator
{
    private void CheckFlow(SequenceFlow flow)
    {
        if (flow.Source.Container != flow.Target.Container)
        {
            reader.Problem(flow, "a sequence flow cannot cross a subprocess boundary");
        }

        if (flow.Condition is not null && ExpressionText.ToJavaScript(flow.Condition, out var problem) is null)
        {
            reader.Problem(flow, $"the condition '{flow.Condition}' cannot run: {problem}");
        }

        if (flow.Condition is not null && flow.IsDefault)
        {
            reader.Problem(flow, $"the flow is the default flow of {flow.Source} but has a condition too");
        }
    }

    private void CheckDefaultFlow(FlowNode node)
    {
        if (node.DefaultFlowId is { } id && node.Outgoing.All(f => f.Id != id))
        {
            Problem(node, $"the default flow '{id}' is not one of the element's outgoing sequence flows");
        }
    }

    private void CheckConditionalGateway(FlowNode node)
    {
        if (node.Outgoing.Count == 0)
        {
            Problem(node, "the gateway has no outgoing sequence flows");
            return;
        }

        if (node.Outgoing.Count == 1)
        {
            return;
        }

        foreach (var flow in node.Outgoing.Where(f => f.Condition is null && !f.IsDefault))
        {
            Problem(node, $"the gateway has outgoing sequence flow '{flow.Id}' without a condition, " +
                "and it is not the default flow");
        }
    }

    private void CheckParallelGateway(FlowNode node)
    {
        foreach (var flow in node.Outgoing.Where(f => f.Condition is not null))
        {
            Problem(node, $"outgoing sequence flow '{flow.Id}' of a parallel gateway has a condition, " +
                "which BPMN ignores; remove it or use an inclusive gateway");
        }
    }

    private void CheckEventBasedGateway(FlowNode node)
    {
        if (node.Outgoing.Count < 2)
        {
            Problem(node, "an event-based gateway needs at least two outgoing sequence flows");
        }

        foreach (var target in node.Outgoing.Select(f => f.Target).Where(t => t is not null))
        {
            var waits = target.Kind == ElementKind.ReceiveTask
                || (target.Kind == ElementKind.IntermediateCatchEvent
                    && target.Event.Kind is EventKind.Message or EventKind.Timer);
            if (!waits)
            {
                Problem(node, $"an event-based gateway can only lead to message or timer catch events or receive " +
                    $"tasks, but leads to {target}");
            }
            else if (target.Incoming.Count > 1)
            {
                Problem(node, $"{target} after the event-based gateway has more than one incoming sequence flow");
            }
        }

        foreach (var flow in node.Outgoing.Where(f => f.Condition is not null))
        {
            Problem(node, $"outgoing sequence flow '{flow.Id}' of an event-based gateway cannot have a condition");
        }
    }

    private void CheckTimer(FlowNode node, params TimerKind[] allowed)
    {
        if (node.Event.Timer is not { } timer)
        {
            return;
        }

        if (!allowed.Contains(timer.Kind))
        {
            var kinds = string.Join(" or ", allowed.Distinct().Select(k => "time" + k));
            Problem(node, $"time{timer.Kind} is not allowed here; use {kinds}");
            return;
        }

        if (ExpressionText.IsWrapped(timer.Value))
        {
            CheckExpression(node, timer.Value, "the timer value");
        }
        else if (StaticTimerProblem(timer) is { } problem)
        {
            Problem(node, problem);
        }
    }

    private static string? StaticTimerProblem(TimerDefinition timer) => timer.Kind switch
    {
        TimerKind.Date when !IsoDate.TryParse(timer.Value, out _) =>
            $"timeDate '{timer.Value}' is not an ISO-8601 date-time such as 2026-01-01T08:00:00Z",
        TimerKind.Duration when !IsoDuration.TryParse(timer.Value, out _) =>
            $"timeDuration '{timer.Value}' is not an ISO-8601 duration such as PT5M or P7D",
        TimerKind.Cycle when !IsoCycle.TryParse(timer.Value, out _, out var problem) => problem,
        _ => null,
    };
}

using EcomErp.Server.Api;
using EcomErp.Server.Activities.Orders;
using EcomErp.Server.Intake;
using EcomErp.Server.Orders;
using EcomErp.Workflows.Definitions;

namespace EcomErp.Server.Activities;

/// <summary>
/// What the server relies on in the processes it starts itself. Intake starts <c>order-lifecycle</c> for every
/// order and sends it shipment, cancellation and stock messages; it starts <c>order-exception</c> for every
/// refused change. A version of either may be redrawn freely, but one that no longer validates, reserves, routes,
/// ships, invoices or cancels orders, or no longer waits for the messages the server sends, would accept orders
/// and then leave them untouched, so such a version is refused at publish. Only what a token can reach counts:
/// an activity drawn but left unconnected does nothing.
/// </summary>
internal static class ProcessContracts
{
    private static readonly Dictionary<string, Contract> Contracts = new(StringComparer.Ordinal)
    {
        [OrderIntake.ProcessKey] = new(
            Activities: ["order.validate", "order.reserve", "order.ship", "order.invoice", "order.cancel"],
            RuleSets: [RoutingActivity.Name],
            Messages: [OrderEndpoints.ShipmentMessage, OrderIntake.CancelMessage, StockWaiters.Message]),
        [OrderIntake.ExceptionProcessKey] = new(Activities: [], RuleSets: [], Messages: []),
    };

    public static IEnumerable<string> Problems(ProcessModel process)
    {
        if (!Contracts.TryGetValue(process.Key, out var contract))
        {
            yield break;
        }

        if (!process.TopLevel.Any(n => n.Kind == ElementKind.StartEvent && n.Event.Kind == EventKind.None))
        {
            yield return $"the server starts '{process.Key}' itself, so it needs a plain start event";
        }

        var reachable = Reachable(process);
        var called = reachable.Select(n => n.Activity.ActivityName).OfType<string>().ToHashSet();
        foreach (var activity in contract.Activities.Where(a => !called.Contains(a)))
        {
            yield return $"the server relies on '{process.Key}' to call the activity '{activity}' on a reachable path";
        }

        var run = reachable.Select(n => n.Activity.RuleSet).OfType<string>().ToHashSet();
        foreach (var ruleSet in contract.RuleSets.Where(r => !run.Contains(r)))
        {
            yield return $"the server relies on '{process.Key}' to run the rule set '{ruleSet}' on a reachable path";
        }

        var awaited = reachable.Where(IsMessageCatch).Select(MessageName).OfType<string>().ToHashSet();
        foreach (var message in contract.Messages.Where(m => !awaited.Contains(m)))
        {
            yield return $"the server sends '{process.Key}' the message '{message}', which nothing in it waits for";
        }
    }

    /// <summary>
    /// The nodes a token can reach: from the process's start events and those of its event subprocesses, along
    /// sequence flows, into embedded subprocesses and out through boundary events.
    /// </summary>
    private static HashSet<FlowNode> Reachable(ProcessModel process)
    {
        var roots = process.Nodes.Where(n => n.Kind == ElementKind.StartEvent
            && (n.Container is null || n.Container.IsEventSubProcess));
        var reached = new HashSet<FlowNode>();
        var next = new Stack<FlowNode>(roots);
        while (next.TryPop(out var node))
        {
            if (!reached.Add(node))
            {
                continue;
            }

            var onward = node.Outgoing.Select(flow => flow.Target)
                .Concat(node.BoundaryEvents)
                .Concat(node.Kind == ElementKind.SubProcess && !node.IsEventSubProcess ? node.StartEvents : []);
            foreach (var target in onward.OfType<FlowNode>())
            {
                next.Push(target);
            }
        }

        return reached;
    }

    private static bool IsMessageCatch(FlowNode node) => node.Kind is ElementKind.StartEvent
        or ElementKind.IntermediateCatchEvent or ElementKind.BoundaryEvent or ElementKind.ReceiveTask;

    private static string? MessageName(FlowNode node) =>
        node.Event.Message?.Name ?? node.Activity.Message?.Name;

    private sealed record Contract(
        IReadOnlyList<string> Activities,
        IReadOnlyList<string> RuleSets,
        IReadOnlyList<string> Messages);
}

using EcomErp.Server.Api;
using EcomErp.Server.Intake;
using EcomErp.Workflows.Definitions;

namespace EcomErp.Server.Activities;

/// <summary>
/// What the server relies on in the processes it starts itself. Intake starts <c>order-lifecycle</c> for every
/// order and sends it shipment and cancellation messages; it starts <c>order-exception</c> for every refused
/// change. A version of either may be redrawn freely, but one that no longer validates, reserves, ships,
/// invoices or cancels orders, or that no longer waits for the messages the server sends, would accept orders
/// and then leave them untouched, so such a version is refused at publish.
/// </summary>
internal static class ProcessContracts
{
    private static readonly Dictionary<string, Contract> Contracts = new(StringComparer.Ordinal)
    {
        [OrderIntake.ProcessKey] = new(
            Activities: ["order.validate", "order.reserve", "order.ship", "order.invoice", "order.cancel"],
            Messages: [OrderEndpoints.ShipmentMessage, OrderIntake.CancelMessage]),
        [OrderIntake.ExceptionProcessKey] = new(Activities: [], Messages: []),
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

        var called = process.Nodes.Select(n => n.Activity.ActivityName).OfType<string>().ToHashSet();
        foreach (var activity in contract.Activities.Where(a => !called.Contains(a)))
        {
            yield return $"the server relies on '{process.Key}' to call the activity '{activity}'";
        }

        var awaited = process.Nodes.Where(IsMessageCatch).Select(MessageName).OfType<string>().ToHashSet();
        foreach (var message in contract.Messages.Where(m => !awaited.Contains(m)))
        {
            yield return $"the server sends '{process.Key}' the message '{message}', which nothing in it waits for";
        }
    }

    private static bool IsMessageCatch(FlowNode node) => node.Kind is ElementKind.StartEvent
        or ElementKind.IntermediateCatchEvent or ElementKind.BoundaryEvent or ElementKind.ReceiveTask;

    private static string? MessageName(FlowNode node) =>
        node.Event.Message?.Name ?? node.Activity.Message?.Name;

    private sealed record Contract(IReadOnlyList<string> Activities, IReadOnlyList<string> Messages);
}

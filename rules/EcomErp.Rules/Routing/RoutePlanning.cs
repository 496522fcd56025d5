using EcomErp.Commerce.Inventory;
using NRules;

namespace EcomErp.Rules.Routing;

/// <summary>Turns a routing request into facts, and the session's choices into a route plan.</summary>
internal static class RoutePlanning
{
    public static IEnumerable<object> Facts(RoutingRequest request) =>
    [
        new OrderSize(request.Lines.Count), .. request.Lines, .. request.Nodes, .. request.Stock,
        .. request.Lines.Select(line => NetworkSplit.For(line, request.Nodes, request.Stock)).OfType<NetworkSplit>(),
    ];

    public static RoutePlan Plan(ISession session, RoutingRequest request)
    {
        var unroutable = session.Query<UnroutableLine>().OrderBy(line => line.LineNo).ToArray();
        if (session.Query<ChosenNode>().SingleOrDefault() is { } chosen)
        {
            var assignments = request.Lines
                .Select(line => new NodeAssignment(line.LineNo, chosen.NodeCode, line.Quantity));
            return new RoutePlan(RouteKind.SingleNode, [.. assignments], unroutable, chosen.Cost);
        }

        var routes = session.Query<LineRoute>().OrderBy(route => route.LineNo).ToArray();
        var quantities = request.Lines.ToDictionary(line => line.LineNo, line => line.Quantity);
        var kind = routes.Length == 0 ? RouteKind.Unroutable : RouteKind.Split;
        return new RoutePlan(kind,
            [.. routes.Select(route => new NodeAssignment(route.LineNo, route.NodeCode,
                route.Quantity ?? quantities[route.LineNo]))],
            unroutable,
            SplitCost(routes, request.Nodes));
    }

    private static decimal SplitCost(IEnumerable<LineRoute> routes, IEnumerable<CandidateNode> nodes)
    {
        var shipmentCosts = nodes.ToDictionary(node => node.NodeCode, node => node.ShipmentCost);
        var used = routes.ToArray();
        return used.Sum(route => route.UnitsCost)
            + used.Select(route => route.NodeCode).Distinct().Sum(node => shipmentCosts[node]);
    }
}

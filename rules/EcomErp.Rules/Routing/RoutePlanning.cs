using EcomErp.Commerce.Inventory;
using NRules;

namespace EcomErp.Rules.Routing;

/// <summary>Turns a routing request into facts, and the session's choices into a route plan.</summary>
internal static class RoutePlanning
{
    public static IEnumerable<object> Facts(RoutingRequest request)
    {
        var demand = request.Lines.GroupBy(line => line.Sku, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Sum(line => line.Quantity), StringComparer.Ordinal);
        var lines = request.Lines.Select(line => line with { SkuDemand = demand[line.Sku] }).ToList();
        return
        [
            new OrderSize(lines.Count), .. lines, .. request.Nodes, .. request.Stock,
            .. NetworkSplit.ForEach(lines, request.Nodes, request.Stock),
        ];
    }

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

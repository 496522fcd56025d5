using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Orders;

namespace EcomErp.Rules.Routing;

/// <summary>What routing needs to know: the lines, the nodes and what each node can promise.</summary>
/// <param name="Lines">The lines to route.</param>
/// <param name="Nodes">The nodes that may ship them.</param>
/// <param name="Stock">What each node can still promise, per SKU.</param>
public sealed record RoutingRequest(
    IReadOnlyList<RouteLine> Lines,
    IReadOnlyList<CandidateNode> Nodes,
    IReadOnlyList<NodeStock> Stock)
{
    /// <summary>
    /// The request for an order's stocked lines. Node costs are what fulfilment costs the merchant, whatever the
    /// currency the customer paid in, so they are compared among the nodes: in the currency most nodes' costs are
    /// in (the earliest in code order on a tie). A node whose costs are in another currency is left out, since
    /// its costs cannot be compared with the others'.
    /// </summary>
    public static RoutingRequest For(Order order, IEnumerable<Node> nodes, IEnumerable<NodeStock> stock)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(nodes);
        var lines = order.Lines.Where(line => line.IsStocked)
            .Select(line => new RouteLine(line.LineNo, line.Sku, line.Quantity));
        var all = nodes.ToList();
        var costCurrency = CostCurrency(all);
        var candidates = all
            .Where(node => node.PerShipmentCost.Currency == costCurrency && node.PerUnitCost.Currency == costCurrency)
            .Select(node => new CandidateNode(node.Code, node.PerShipmentCost.Amount, node.PerUnitCost.Amount));
        return new RoutingRequest([.. lines], [.. candidates], [.. stock]);
    }

    private static string? CostCurrency(List<Node> nodes) =>
        nodes.GroupBy(node => node.PerShipmentCost.Currency, StringComparer.Ordinal)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group.Key)
            .FirstOrDefault();
}

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
    /// The request for an order's stocked lines. Nodes whose costs are in another currency than the order's are
    /// left out, since their costs cannot be compared.
    /// </summary>
    public static RoutingRequest For(Order order, IEnumerable<Node> nodes, IEnumerable<NodeStock> stock)
    {
        ArgumentNullException.ThrowIfNull(order);
        var lines = order.Lines.Where(line => line.IsStocked)
            .Select(line => new RouteLine(line.LineNo, line.Sku, line.Quantity));
        var candidates = nodes
            .Where(node => node.PerShipmentCost.Currency == order.Currency
                && node.PerUnitCost.Currency == order.Currency)
            .Select(node => new CandidateNode(node.Code, node.PerShipmentCost.Amount, node.PerUnitCost.Amount));
        return new RoutingRequest([.. lines], [.. candidates], [.. stock]);
    }
}

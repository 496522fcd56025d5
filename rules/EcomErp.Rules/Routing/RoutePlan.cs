using EcomErp.Commerce.Inventory;

namespace EcomErp.Rules.Routing;

/// <summary>
/// Where each line ships from; <see cref="Assignments"/> is what StockReservations.AssignToNodesAsync takes.
/// </summary>
/// <param name="Kind">Whether one node ships everything.</param>
/// <param name="Assignments">Which node ships which line.</param>
/// <param name="Unroutable">The lines no node can cover.</param>
/// <param name="EstimatedCost">Parcels plus units picked, at the nodes' costs.</param>
public sealed record RoutePlan(
    RouteKind Kind,
    IReadOnlyList<NodeAssignment> Assignments,
    IReadOnlyList<UnroutableLine> Unroutable,
    decimal EstimatedCost)
{
    /// <summary>Whether every line has a node.</summary>
    public bool IsComplete => Unroutable.Count == 0;
}

namespace EcomErp.Rules.Routing;

/// <summary>An order line to route.</summary>
/// <param name="LineNo">The order line.</param>
/// <param name="Sku">Its SKU.</param>
/// <param name="Quantity">The units to ship.</param>
/// <param name="SkuDemand">
/// The units of the SKU the whole order asks for, over all its lines; null when this is the only line of it.
/// </param>
public sealed record RouteLine(int LineNo, string Sku, int Quantity, int? SkuDemand = null)
{
    /// <summary>What a node must hold of the SKU to ship this line beside the order's other lines of it.</summary>
    public int Demand => SkuDemand ?? Quantity;
}

namespace EcomErp.Rules.Routing;

/// <summary>An order line to route.</summary>
/// <param name="LineNo">The order line.</param>
/// <param name="Sku">Its SKU.</param>
/// <param name="Quantity">The units to ship.</param>
public sealed record RouteLine(int LineNo, string Sku, int Quantity);

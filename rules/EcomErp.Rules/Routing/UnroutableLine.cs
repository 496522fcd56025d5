namespace EcomErp.Rules.Routing;

/// <summary>A line that no single node can cover.</summary>
/// <param name="LineNo">The order line.</param>
/// <param name="Sku">Its SKU.</param>
/// <param name="Quantity">The units asked for.</param>
public sealed record UnroutableLine(int LineNo, string Sku, int Quantity);

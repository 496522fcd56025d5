namespace EcomErp.Rules.Routing;

/// <summary>How many lines the order has to route.</summary>
internal sealed record OrderSize(int LineCount);

namespace EcomErp.Rules.Routing;

/// <summary>How a route plan ships the order.</summary>
public enum RouteKind
{
    /// <summary>One node ships everything.</summary>
    SingleNode,

    /// <summary>Lines ship from different nodes, or some lines cannot ship at all.</summary>
    Split,

    /// <summary>No line can ship.</summary>
    Unroutable,
}

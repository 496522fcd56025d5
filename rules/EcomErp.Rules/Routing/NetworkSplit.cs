namespace EcomErp.Rules.Routing;

/// <summary>
/// How a line no single node can cover would be shared among the nodes that hold its SKU: each node gives what it
/// has, cheapest unit cost first (then cheapest parcel, then code), until the line is whole. Only lines the
/// nodes can cover together get one.
/// </summary>
/// <param name="LineNo">The order line.</param>
/// <param name="Parts">The node, units and units cost of each part, in the order they were taken.</param>
internal sealed record NetworkSplit(int LineNo, IReadOnlyList<LineRoute> Parts)
{
    /// <summary>The split of <paramref name="line"/>, or null when the nodes together hold too little.</summary>
    public static NetworkSplit? For(RouteLine line, IReadOnlyList<CandidateNode> nodes,
        IReadOnlyList<Commerce.Inventory.NodeStock> stock)
    {
        var parts = new List<LineRoute>();
        var missing = line.Quantity;
        var sources = nodes
            .Select(node => (node, available: stock
                .Where(s => s.NodeCode == node.NodeCode && s.Sku == line.Sku).Sum(s => Math.Max(0, s.Available))))
            .Where(source => source.available > 0)
            .OrderBy(source => source.node.UnitCost)
            .ThenBy(source => source.node.ShipmentCost)
            .ThenBy(source => source.node.NodeCode, StringComparer.Ordinal);
        foreach (var (node, available) in sources)
        {
            var units = Math.Min(available, missing);
            parts.Add(new LineRoute(line.LineNo, node.NodeCode, node.UnitCost * units, units));
            missing -= units;
            if (missing == 0)
            {
                return new NetworkSplit(line.LineNo, parts);
            }
        }

        return null;
    }
}

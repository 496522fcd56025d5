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
    /// <summary>
    /// The splits of the lines no single node can cover with the order's other lines of their SKU. Lines of one
    /// SKU share the shelves: each takes from what the lines before it left, so together they never ask a node
    /// for more than it holds. A line the shelves cannot finish gets no split.
    /// </summary>
    public static IEnumerable<NetworkSplit> ForEach(IReadOnlyList<RouteLine> lines, IReadOnlyList<CandidateNode> nodes,
        IReadOnlyList<Commerce.Inventory.NodeStock> stock)
    {
        foreach (var sku in lines.GroupBy(line => line.Sku, StringComparer.Ordinal))
        {
            var left = nodes.ToDictionary(node => node.NodeCode, node => stock
                .Where(s => s.NodeCode == node.NodeCode && s.Sku == sku.Key).Sum(s => Math.Max(0, s.Available)));
            if (left.Values.Any(units => units >= sku.First().Demand))
            {
                continue;
            }

            foreach (var line in sku.OrderBy(line => line.LineNo))
            {
                if (For(line, nodes, left) is { } split)
                {
                    yield return split;
                }
            }
        }
    }

    private static NetworkSplit? For(RouteLine line, IReadOnlyList<CandidateNode> nodes, Dictionary<string, int> left)
    {
        var parts = new List<LineRoute>();
        var missing = line.Quantity;
        var sources = nodes.Where(node => left[node.NodeCode] > 0)
            .OrderBy(node => node.UnitCost)
            .ThenBy(node => node.ShipmentCost)
            .ThenBy(node => node.NodeCode, StringComparer.Ordinal)
            .ToList();
        foreach (var node in sources)
        {
            var units = Math.Min(left[node.NodeCode], missing);
            parts.Add(new LineRoute(line.LineNo, node.NodeCode, node.UnitCost * units, units));
            missing -= units;
            if (missing == 0)
            {
                foreach (var part in parts)
                {
                    left[part.NodeCode] -= part.Quantity!.Value;
                }

                return new NetworkSplit(line.LineNo, parts);
            }
        }

        return null;
    }
}

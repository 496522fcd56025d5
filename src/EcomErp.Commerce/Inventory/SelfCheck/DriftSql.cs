namespace EcomErp.Commerce.Inventory.SelfCheck;

/// <summary>
/// The statement that replays the ledger per position and per channel, built from
/// <see cref="MovementEffects"/> so that the database replays movements exactly as positions apply them.
/// </summary>
internal static class DriftSql
{
    private static readonly string Reserved = MovementEffects.SqlChange(StockMeasure.Reserved);

    /// <summary>
    /// One row per position (sku, node, null, then table and ledger value of each measure in order) and per
    /// channel position (sku, null, channel, then reserved and unassigned, padded with zeros).
    /// </summary>
    public static string Compare(IReadOnlyList<StockMeasure> measures)
    {
        var replayed = string.Join(", ", measures.Select(m =>
            $"sum({MovementEffects.SqlChange(m)})::int AS {Column(m)}"));
        var pairs = string.Join(", ", measures.Select(m =>
            $"coalesce(p.{Column(m)}, 0), coalesce(r.{Column(m)}, 0)"));
        var padding = string.Concat(Enumerable.Repeat(", 0, 0", measures.Count - 2));
        return $"""
            WITH replay AS (
                SELECT sku, node_code, {replayed}
                FROM commerce.inventory_ledger WHERE node_code IS NOT NULL GROUP BY sku, node_code),
            channel_replay AS (
                SELECT sku, channel_code, sum({Reserved})::int AS reserved,
                       sum(CASE WHEN node_code IS NULL THEN {Reserved} ELSE 0 END)::int AS unassigned
                FROM commerce.inventory_ledger WHERE channel_code IS NOT NULL GROUP BY sku, channel_code)
            SELECT coalesce(p.sku, r.sku), coalesce(p.node_code, r.node_code), NULL::text, {pairs}
            FROM commerce.stock_positions p FULL JOIN replay r ON r.sku = p.sku AND r.node_code = p.node_code
            UNION ALL
            SELECT coalesce(p.sku, r.sku), NULL::text, coalesce(p.channel_code, r.channel_code),
                   coalesce(p.reserved, 0), coalesce(r.reserved, 0),
                   coalesce(p.unassigned, 0), coalesce(r.unassigned, 0){padding}
            FROM commerce.channel_positions p
            FULL JOIN channel_replay r ON r.sku = p.sku AND r.channel_code = p.channel_code
            """;
    }

    private static string Column(StockMeasure measure) => measure switch
    {
        StockMeasure.OnHand => "on_hand",
        StockMeasure.Reserved => "reserved",
        StockMeasure.SafetyStock => "safety_stock",
        StockMeasure.Damaged => "damaged",
        StockMeasure.AwaitingInspection => "awaiting_inspection",
        _ => "in_transit",
    };
}

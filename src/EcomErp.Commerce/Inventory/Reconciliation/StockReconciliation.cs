namespace EcomErp.Commerce.Inventory.Reconciliation;

/// <summary>
/// What reconciling a snapshot found: every SKU-node position it compared, the count adjustments it posted for
/// those that differed, and the inventory accuracy, the share of positions that matched.
/// </summary>
public sealed class StockReconciliation
{
    private StockReconciliation()
    {
    }

    /// <summary>The report's id.</summary>
    public long Id { get; private set; }

    /// <summary>Who sent the snapshot.</summary>
    public string Source { get; private set; } = "";

    /// <summary>The sender's id of the snapshot.</summary>
    public string? Reference { get; private set; }

    /// <summary>When it was reconciled.</summary>
    public DateTimeOffset ReconciledAt { get; private set; }

    /// <summary>Positions compared.</summary>
    public int Compared { get; private set; }

    /// <summary>Positions whose ledger on hand equalled the count.</summary>
    public int Matched { get; private set; }

    /// <summary>Matched over compared; 1 when nothing was compared.</summary>
    public decimal Accuracy { get; private set; }

    /// <summary>One line per position compared.</summary>
    public List<ReconciliationLine> Lines { get; private set; } = [];

    /// <summary>
    /// The positions the count left with fewer units on hand than orders hold there, so operations can see which
    /// orders may not ship from where they were reserved.
    /// </summary>
    public IReadOnlyList<ReservedShortfall> BelowReserved =>
        [.. Lines.Where(line => line.Counted < line.Reserved)
            .Select(line => new ReservedShortfall(line.Sku, line.NodeCode, line.Counted, line.Reserved!.Value))];

    internal static StockReconciliation Of(StockSnapshot snapshot, IEnumerable<ReconciliationLine> compared,
        DateTimeOffset at)
    {
        var report = new StockReconciliation
        {
            Source = snapshot.Source,
            Reference = snapshot.Reference,
            ReconciledAt = at.ToUniversalTime(),
        };
        report.Lines.AddRange(compared);
        report.Compared = report.Lines.Count;
        report.Matched = report.Lines.Count(line => line.Difference == 0);
        report.Accuracy = report.Compared == 0 ? 1m : Math.Round((decimal)report.Matched / report.Compared, 4);
        return report;
    }
}

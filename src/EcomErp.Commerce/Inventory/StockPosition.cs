namespace EcomErp.Commerce.Inventory;

/// <summary>
/// How much of one SKU one node holds: a materialised sum of the ledger, changed only through
/// <see cref="Apply"/> in the same save as the ledger entry it applies, so that a replay of the ledger equals it.
/// </summary>
public sealed class StockPosition
{
    /// <summary>Creates an empty position.</summary>
    public StockPosition(string sku, string nodeCode)
    {
        Sku = sku;
        NodeCode = nodeCode;
    }

    /// <summary>The SKU.</summary>
    public string Sku { get; private set; }

    /// <summary>A position as stored, read without EF (see <see cref="StockLocks"/>).</summary>
    internal static StockPosition Restore(string sku, string nodeCode, LedgerBalance figures) =>
        new(sku, nodeCode)
        {
            OnHand = figures.OnHand,
            Reserved = figures.Reserved,
            SafetyStock = figures.SafetyStock,
            Damaged = figures.Damaged,
            AwaitingInspection = figures.AwaitingInspection,
            InTransit = figures.InTransit,
        };

    /// <summary>The node.</summary>
    public string NodeCode { get; private set; }

    /// <summary>Units physically there; below zero when the ERP says so.</summary>
    public int OnHand { get; private set; }

    /// <summary>Units held there for orders that have not shipped.</summary>
    public int Reserved { get; private set; }

    /// <summary>Units kept back and never promised.</summary>
    public int SafetyStock { get; private set; }

    /// <summary>Units that cannot be sold.</summary>
    public int Damaged { get; private set; }

    /// <summary>Returned units not yet inspected.</summary>
    public int AwaitingInspection { get; private set; }

    /// <summary>Units on their way here.</summary>
    public int InTransit { get; private set; }

    /// <summary>
    /// Units this node can still promise: on hand less reserved and safety stock. Below zero when the node owes
    /// more than it has; sums over nodes count only the part above zero. Worked out in 64 bits, so that a deep
    /// negative on hand cannot wrap it round to a large positive figure.
    /// </summary>
    public int Available => (int)Math.Max(int.MinValue, (long)OnHand - Reserved - SafetyStock);

    /// <summary>The figure for one measure.</summary>
    public int Of(StockMeasure measure) => AsBalance().Of(measure);

    /// <summary>The figures as a ledger balance, for comparing with a replay.</summary>
    public LedgerBalance AsBalance() => new(OnHand, Reserved, SafetyStock, Damaged, AwaitingInspection, InTransit);

    /// <summary>Applies one movement, exactly as a replay of the ledger would.</summary>
    /// <exception cref="InvalidOperationException">A figure would pass <see cref="StockLimits.MaxUnits"/>.</exception>
    public void Apply(MovementKind kind, int delta)
    {
        // Inbound reports are checked before they get here; this stops anything else from wrapping a count.
        if (MovementEffects.Of(kind).Any(e => Math.Abs(Of(e.Measure) + ((long)e.Sign * delta))
            > StockLimits.MaxUnits))
        {
            throw new InvalidOperationException($"A {kind} of {delta} unit(s) would take SKU {Sku} at node " +
                $"{NodeCode} past the limit of {StockLimits.MaxUnits} units.");
        }

        var after = AsBalance().Apply(kind, delta);
        (OnHand, Reserved, SafetyStock) = (after.OnHand, after.Reserved, after.SafetyStock);
        (Damaged, AwaitingInspection, InTransit) = (after.Damaged, after.AwaitingInspection, after.InTransit);
    }
}

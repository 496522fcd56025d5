namespace EcomErp.Commerce.Inventory;

/// <summary>What the ledger says one SKU at one node (or, with no node, the network) should hold.</summary>
/// <param name="OnHand">Units physically there.</param>
/// <param name="Reserved">Units held for orders.</param>
/// <param name="SafetyStock">Units kept back.</param>
/// <param name="Damaged">Units that cannot be sold.</param>
/// <param name="AwaitingInspection">Returned units not yet inspected.</param>
/// <param name="InTransit">Units on their way.</param>
public sealed record LedgerBalance(
    int OnHand,
    int Reserved,
    int SafetyStock = 0,
    int Damaged = 0,
    int AwaitingInspection = 0,
    int InTransit = 0)
{
    /// <summary>The figure for one measure.</summary>
    public int Of(StockMeasure measure) => measure switch
    {
        StockMeasure.OnHand => OnHand,
        StockMeasure.Reserved => Reserved,
        StockMeasure.SafetyStock => SafetyStock,
        StockMeasure.Damaged => Damaged,
        StockMeasure.AwaitingInspection => AwaitingInspection,
        _ => InTransit,
    };

    /// <summary>The balance after one more movement.</summary>
    public LedgerBalance Apply(MovementKind kind, int delta) => new(
        OnHand + MovementEffects.Change(kind, delta, StockMeasure.OnHand),
        Reserved + MovementEffects.Change(kind, delta, StockMeasure.Reserved),
        SafetyStock + MovementEffects.Change(kind, delta, StockMeasure.SafetyStock),
        Damaged + MovementEffects.Change(kind, delta, StockMeasure.Damaged),
        AwaitingInspection + MovementEffects.Change(kind, delta, StockMeasure.AwaitingInspection),
        InTransit + MovementEffects.Change(kind, delta, StockMeasure.InTransit));
}

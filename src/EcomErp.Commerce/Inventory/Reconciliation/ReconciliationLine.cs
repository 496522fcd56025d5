namespace EcomErp.Commerce.Inventory.Reconciliation;

/// <summary>One position compared by a reconciliation.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="NodeCode">The node.</param>
/// <param name="LedgerOnHand">On hand by the ledger before the count.</param>
/// <param name="Counted">On hand by the snapshot.</param>
public sealed record ReconciliationLine(string Sku, string NodeCode, int LedgerOnHand, int Counted)
{
    /// <summary>The count adjustment posted: counted less ledger.</summary>
    public int Difference => Counted - LedgerOnHand;
}

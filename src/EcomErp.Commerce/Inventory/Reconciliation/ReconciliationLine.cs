namespace EcomErp.Commerce.Inventory.Reconciliation;

/// <summary>One position compared by a reconciliation.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="NodeCode">The node.</param>
/// <param name="LedgerOnHand">On hand by the ledger before the count.</param>
/// <param name="Counted">On hand by the snapshot.</param>
/// <param name="Reserved">
/// What orders held there when it was counted; null in reports kept before this was recorded.
/// </param>
public sealed record ReconciliationLine(string Sku, string NodeCode, int LedgerOnHand, int Counted, int? Reserved)
{
    /// <summary>The count adjustment posted: counted less ledger.</summary>
    public int Difference => Counted - LedgerOnHand;
}

namespace EcomErp.Commerce.Inventory;

/// <summary>What the ledger says one SKU at one node (or the network) should hold.</summary>
/// <param name="OnHand">Units physically there.</param>
/// <param name="Reserved">Units held for orders.</param>
public sealed record LedgerBalance(int OnHand, int Reserved);

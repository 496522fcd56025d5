namespace EcomErp.Commerce.Inventory.Reconciliation;

/// <summary>What the ERP or WMS counts of one SKU at one node.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="NodeCode">The node.</param>
/// <param name="OnHand">The units it counts; never below zero.</param>
public sealed record SnapshotLine(string Sku, string NodeCode, int OnHand);

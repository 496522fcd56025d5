namespace EcomErp.Commerce.Inventory;

/// <summary>Units of a SKU that a node can still promise.</summary>
/// <param name="NodeCode">The node.</param>
/// <param name="Sku">The SKU.</param>
/// <param name="Available">On hand less safety stock and reserved units.</param>
public sealed record NodeStock(string NodeCode, string Sku, int Available);

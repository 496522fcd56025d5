namespace EcomErp.Commerce.Inventory.Feed;

/// <summary>One SKU's available-to-sell for a channel.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="Ats">The figure; never below zero.</param>
public sealed record SkuAts(string Sku, int Ats);

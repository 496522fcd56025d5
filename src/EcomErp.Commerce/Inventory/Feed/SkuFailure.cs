namespace EcomErp.Commerce.Inventory.Feed;

/// <summary>A SKU whose figure could not be computed.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="Reason">Why.</param>
public sealed record SkuFailure(string Sku, string Reason);

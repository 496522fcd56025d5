namespace EcomErp.Commerce.Inventory;

/// <summary>A SKU that could not be covered.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="NodeCode">The node that fell short, or null for the network as a whole.</param>
/// <param name="Requested">The units asked for.</param>
/// <param name="Available">The units that could be promised.</param>
public sealed record StockShortage(string Sku, string? NodeCode, int Requested, int Available);

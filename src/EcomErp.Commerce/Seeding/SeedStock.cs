namespace EcomErp.Commerce.Seeding;

/// <summary>Opening stock of one SKU at one node in a seed file.</summary>
/// <param name="Sku">The SKU code.</param>
/// <param name="Node">The node code.</param>
/// <param name="OnHand">Units on hand.</param>
/// <param name="SafetyStock">Units never promised.</param>
public sealed record SeedStock(string Sku, string Node, int OnHand, int SafetyStock);

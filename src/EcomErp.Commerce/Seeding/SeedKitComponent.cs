namespace EcomErp.Commerce.Seeding;

/// <summary>One component of a <see cref="SeedKit"/>.</summary>
/// <param name="Sku">The component's SKU code.</param>
/// <param name="Quantity">Units of it in one kit.</param>
public sealed record SeedKitComponent(string Sku, int Quantity);

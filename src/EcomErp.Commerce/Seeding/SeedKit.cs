namespace EcomErp.Commerce.Seeding;

/// <summary>A kit in a seed file: a SKU sold as a bundle of stocked components.</summary>
/// <param name="Code">The kit's SKU code.</param>
/// <param name="Name">The product name.</param>
/// <param name="Components">Each component's SKU and units per kit.</param>
public sealed record SeedKit(string Code, string Name, IReadOnlyList<SeedKitComponent> Components);

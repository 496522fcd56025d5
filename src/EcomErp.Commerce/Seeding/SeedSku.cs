namespace EcomErp.Commerce.Seeding;

/// <summary>A SKU in a seed file.</summary>
/// <param name="Code">The SKU code.</param>
/// <param name="Name">The product name.</param>
public sealed record SeedSku(string Code, string Name);

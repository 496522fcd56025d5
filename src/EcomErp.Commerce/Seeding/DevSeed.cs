namespace EcomErp.Commerce.Seeding;

/// <summary>The content of a development seed file such as seed/dev-seed.json.</summary>
/// <param name="Channels">The sales channels.</param>
/// <param name="Nodes">The fulfilment nodes.</param>
/// <param name="Skus">The SKUs.</param>
/// <param name="Stock">Opening stock per SKU and node, booked as receipts.</param>
/// <param name="Kits">Kits sold as bundles of the SKUs; optional.</param>
/// <param name="WarehouseClients">Warehouses and 3PLs that confirm shipments for their nodes.</param>
/// <param name="SkuMappings">Channel SKUs mapped to the catalogue's.</param>
public sealed record DevSeed(
    IReadOnlyList<SeedChannel> Channels,
    IReadOnlyList<SeedNode> Nodes,
    IReadOnlyList<SeedSku> Skus,
    IReadOnlyList<SeedStock> Stock,
    IReadOnlyList<SeedKit>? Kits = null,
    IReadOnlyList<SeedWarehouseClient>? WarehouseClients = null,
    IReadOnlyList<SeedSkuMapping>? SkuMappings = null);

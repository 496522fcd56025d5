using EcomErp.Commerce.Channels.Skus;

namespace EcomErp.Commerce.Seeding;

/// <summary>A SKU mapping in a seed file.</summary>
/// <param name="Channel">The channel's code.</param>
/// <param name="Kind">Whether it maps a SKU or a variant id.</param>
/// <param name="ChannelValue">The channel's SKU or variant id.</param>
/// <param name="Sku">The catalogue's SKU.</param>
public sealed record SeedSkuMapping(string Channel, SkuMappingKind Kind, string ChannelValue, string Sku);

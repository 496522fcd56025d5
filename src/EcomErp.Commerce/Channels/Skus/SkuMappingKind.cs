namespace EcomErp.Commerce.Channels.Skus;

/// <summary>What a <see cref="SkuMapping"/> matches on a channel's order line.</summary>
public enum SkuMappingKind
{
    /// <summary>The SKU the channel sends.</summary>
    Sku,

    /// <summary>
    /// The channel's product variant id: Shopify variant_id, WooCommerce variation_id (or product_id when the line
    /// has no variation), Amazon ASIN, BigCommerce product_id. It wins over a SKU mapping.
    /// </summary>
    Variant,
}

namespace EcomErp.Commerce.Channels;

/// <summary>The JSON format a channel sends its orders in.</summary>
public enum PayloadFormat
{
    /// <summary>The service's own canonical order JSON; see samples/canonical.</summary>
    Canonical,

    /// <summary>Shopify's order webhook body (orders/create, orders/updated, orders/cancelled).</summary>
    Shopify,

    /// <summary>WooCommerce's REST v3 order, as its order.created and order.updated webhooks send it.</summary>
    WooCommerce,

    /// <summary>Amazon SP-API getOrder and getOrderItems responses in one envelope; see samples/amazon.</summary>
    Amazon,

    /// <summary>A BigCommerce v2 order and its products in one envelope; see samples/bigcommerce.</summary>
    BigCommerce,
}

namespace EcomErp.Commerce.Channels;

/// <summary>What a payload asks of its order, whatever the channel calls it.</summary>
public enum ChannelTopic
{
    /// <summary>No topic was given: create the order, or update it when it exists.</summary>
    Upsert,

    /// <summary>A new order (Shopify orders/create, WooCommerce order.created).</summary>
    Create,

    /// <summary>A newer version of an order (Shopify orders/updated, WooCommerce order.updated).</summary>
    Update,

    /// <summary>The order was cancelled (Shopify orders/cancelled).</summary>
    Cancel,

    /// <summary>A topic the service does not act on; the payload is kept and acknowledged.</summary>
    Other,
}

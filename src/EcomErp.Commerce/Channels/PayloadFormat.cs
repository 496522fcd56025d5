namespace EcomErp.Commerce.Channels;

/// <summary>The JSON format a channel sends its orders in.</summary>
public enum PayloadFormat
{
    /// <summary>The service's own canonical order JSON; see samples/canonical.</summary>
    Canonical,

    /// <summary>Shopify's orders/create webhook body.</summary>
    Shopify,
}

using EcomErp.Commerce.Channels;

namespace EcomErp.Commerce.Seeding;

/// <summary>A channel in a seed file.</summary>
/// <param name="Code">The channel's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Format">The format its payloads come in.</param>
/// <param name="ShopCurrency">The currency it books in.</param>
/// <param name="WebhookSecret">The secret its webhooks are signed with, for Shopify and WooCommerce.</param>
public sealed record SeedChannel(
    string Code,
    string Name,
    PayloadFormat Format,
    string ShopCurrency,
    string? WebhookSecret = null);

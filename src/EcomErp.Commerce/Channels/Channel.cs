namespace EcomErp.Commerce.Channels;

/// <summary>A source of orders, such as a webstore or a Shopify shop.</summary>
public sealed class Channel
{
    /// <summary>Creates a channel.</summary>
    /// <param name="code">The short, stable code used in URLs and on orders, such as "shopify".</param>
    /// <param name="name">The name shown to people.</param>
    /// <param name="format">The format its order payloads come in.</param>
    /// <param name="shopCurrency">The currency its orders are booked in.</param>
    public Channel(string code, string name, PayloadFormat format, string shopCurrency)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
        Name = name;
        Format = format;
        ShopCurrency = shopCurrency;
    }

    /// <summary>The channel's code.</summary>
    public string Code { get; private set; }

    /// <summary>The channel's name.</summary>
    public string Name { get; private set; }

    /// <summary>The format its order payloads come in.</summary>
    public PayloadFormat Format { get; private set; }

    /// <summary>The currency its orders are booked in.</summary>
    public string ShopCurrency { get; private set; }

    /// <summary>
    /// The secret the channel signs its webhooks with (Shopify, WooCommerce), or null when it sends none. Kept as
    /// given, because checking an HMAC needs the secret itself.
    /// </summary>
    public string? WebhookSecret { get; private set; }

    /// <summary>Whether the channel's webhooks can be verified.</summary>
    public bool SignsWebhooks => !string.IsNullOrEmpty(WebhookSecret);

    /// <summary>Gives the channel a new name.</summary>
    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>Sets or, with null, removes the webhook secret.</summary>
    public void ChangeWebhookSecret(string? secret) =>
        WebhookSecret = string.IsNullOrEmpty(secret) ? null : secret;
}

using EcomErp.Commerce.Channels;

namespace EcomErp.Server.Intake;

/// <summary>
/// The headers that come with a payload: each channel names its topic, event id and signature its own way, and
/// the service's own names serve channels that have none.
/// </summary>
/// <param name="Topic">The topic, if one was sent.</param>
/// <param name="EventId">The event id repeats are recognised by, if one was sent.</param>
/// <param name="Signature">The signature, if one was sent.</param>
/// <param name="SignatureHeader">The header the signature is expected in.</param>
/// <param name="EventIdHeader">The header the event id was read from, so that a problem can name it.</param>
internal sealed record IntakeHeaders(
    string? Topic,
    string? EventId,
    string? Signature,
    string SignatureHeader,
    string EventIdHeader)
{
    public const string TopicHeader = "X-EcomErp-Topic";
    public const string OwnSignatureHeader = "X-EcomErp-Signature";
    public const string IdempotencyKey = "Idempotency-Key";

    public static IntakeHeaders Read(HttpRequest request, PayloadFormat format)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.Headers;
        var names = format switch
        {
            PayloadFormat.Shopify => new HeaderNames(["X-Shopify-Topic", TopicHeader],
                ["X-Shopify-Event-Id", "X-Shopify-Webhook-Id", IdempotencyKey], "X-Shopify-Hmac-SHA256"),
            PayloadFormat.WooCommerce => new HeaderNames(["X-WC-Webhook-Topic", TopicHeader],
                ["X-WC-Webhook-Delivery-ID", IdempotencyKey], "X-WC-Webhook-Signature"),
            _ => new HeaderNames([TopicHeader], [IdempotencyKey], OwnSignatureHeader),
        };
        string? Named(string name) => headers[name].ToString() is { Length: > 0 } value ? value : null;
        var eventHeader = names.EventIds.FirstOrDefault(name => Named(name) is not null);
        return new(names.Topics.Select(Named).FirstOrDefault(value => value is not null),
            eventHeader is null ? null : Named(eventHeader), Named(names.Signature), names.Signature,
            eventHeader ?? IdempotencyKey);
    }

    /// <summary>Where a format sends its topic, its event id and its signature, in the order they are tried.</summary>
    private sealed record HeaderNames(string[] Topics, string[] EventIds, string Signature);
}

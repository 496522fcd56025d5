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
/// <param name="TopicHeader">The header the topic was read from, so that a problem can name it.</param>
internal sealed record IntakeHeaders(
    string? Topic,
    string? EventId,
    string? Signature,
    string SignatureHeader,
    string EventIdHeader,
    string TopicHeader)
{
    public const string OwnTopicHeader = "X-EcomErp-Topic";
    public const string OwnSignatureHeader = "X-EcomErp-Signature";
    public const string IdempotencyKey = "Idempotency-Key";

    public static IntakeHeaders Read(HttpRequest request, PayloadFormat format)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.Headers;
        var names = format switch
        {
            PayloadFormat.Shopify => new HeaderNames(["X-Shopify-Topic", OwnTopicHeader],
                ["X-Shopify-Event-Id", "X-Shopify-Webhook-Id", IdempotencyKey], "X-Shopify-Hmac-SHA256"),
            PayloadFormat.WooCommerce => new HeaderNames(["X-WC-Webhook-Topic", OwnTopicHeader],
                ["X-WC-Webhook-Delivery-ID", IdempotencyKey], "X-WC-Webhook-Signature"),
            _ => new HeaderNames([OwnTopicHeader], [IdempotencyKey], OwnSignatureHeader),
        };
        string? Named(string name) => headers[name].ToString() is { Length: > 0 } value ? value : null;
        var eventHeader = names.EventIds.FirstOrDefault(name => Named(name) is not null);
        var topicHeader = names.Topics.FirstOrDefault(name => Named(name) is not null);
        return new(topicHeader is null ? null : Named(topicHeader),
            eventHeader is null ? null : Named(eventHeader), Named(names.Signature), names.Signature,
            eventHeader ?? IdempotencyKey, topicHeader ?? OwnTopicHeader);
    }

    /// <summary>Where a format sends its topic, its event id and its signature, in the order they are tried.</summary>
    private sealed record HeaderNames(string[] Topics, string[] EventIds, string Signature);
}

using EcomErp.Commerce.Channels;

namespace EcomErp.Server.Intake;

/// <summary>
/// The headers that come with a payload: each channel names its topic, event id and signature its own way, and
/// the service's own names serve channels that have none.
/// </summary>
internal sealed record IntakeHeaders(string? Topic, string? EventId, string? Signature, string SignatureHeader)
{
    public const string TopicHeader = "X-EcomErp-Topic";
    public const string OwnSignatureHeader = "X-EcomErp-Signature";
    public const string IdempotencyKey = "Idempotency-Key";

    public static IntakeHeaders Read(HttpRequest request, PayloadFormat format)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.Headers;
        string? First(params string[] names) =>
            names.Select(name => headers[name].ToString()).FirstOrDefault(value => value.Length > 0);
        return format switch
        {
            PayloadFormat.Shopify => new(First("X-Shopify-Topic", TopicHeader),
                First("X-Shopify-Event-Id", "X-Shopify-Webhook-Id", IdempotencyKey),
                First("X-Shopify-Hmac-SHA256"), "X-Shopify-Hmac-SHA256"),
            PayloadFormat.WooCommerce => new(First("X-WC-Webhook-Topic", TopicHeader),
                First("X-WC-Webhook-Delivery-ID", IdempotencyKey),
                First("X-WC-Webhook-Signature"), "X-WC-Webhook-Signature"),
            _ => new(First(TopicHeader), First(IdempotencyKey), First(OwnSignatureHeader), OwnSignatureHeader),
        };
    }
}

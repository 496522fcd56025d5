using EcomErp.Server.Intake;

namespace EcomErp.Server.Api;

/// <summary>
/// <c>POST /api/webhooks/{channel}</c>: signed webhooks from Shopify, WooCommerce and the service's own channels.
/// They carry no API key; the HMAC signature over the raw body is checked before anything else.
/// </summary>
internal static class WebhookEndpoints
{
    public static void MapWebhookEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/webhooks/{channel}", ReceiveAsync).AllowAnonymous().WithTags("Intake");

    private static Task<IResult> ReceiveAsync(
        string channel,
        HttpRequest request,
        IntakeGate gate,
        CancellationToken ct) =>
        gate.ReceiveSignedAsync(channel, request, ct);
}

using System.Security.Cryptography;
using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Channels.Intake;
using EcomErp.Commerce.Channels.Webhooks;
using EcomErp.Server.Api;
using EcomErp.Server.Security;
using Microsoft.Extensions.Options;

namespace EcomErp.Server.Intake;

/// <summary>
/// The door payloads come in by: a signed webhook, or a post with a channel's API key. It checks what must be
/// checked before a payload is trusted (rate, size, signature) and keeps an audit line for each refusal within
/// the rate.
/// </summary>
internal sealed class IntakeGate(
    OrderIntake intake,
    ChannelDirectory channels,
    RateLimiter limiter,
    IOptions<IntakeOptions> intakeOptions,
    IOptions<SecurityOptions> securityOptions)
{
    private const string SignatureVia = "signature";

    /// <summary>A webhook that proves itself by its signature over the raw body.</summary>
    public async Task<IResult> ReceiveSignedAsync(string channelCode, HttpRequest request, CancellationToken ct)
    {
        var channel = await channels.FindAsync(channelCode, ct);
        if (channel is null)
        {
            return UnknownChannel(channelCode);
        }

        var headers = IntakeHeaders.Read(request, channel.Format);
        var envelope = new IntakeEnvelope(channel.Code, headers.Topic, headers.EventId, SignatureVia);
        var (body, size) = await LimitedBody.ReadAsync(request, intakeOptions.Value.MaxBodyBytes, ct);
        var problem = body is null ? null : SignatureProblem(channel, headers, body);

        // Every attempt is counted, a forged or oversized one too, so that a flood of them is turned away before
        // each can write its audit line. Attempts that do not prove themselves are counted apart from the
        // channel's own deliveries, so forgeries cannot use up the allowance the real webhooks need. Over the
        // rate, only a payload that proves itself keeps a line, for the channel's retry to be traced.
        var limit = securityOptions.Value.WebhooksPerMinute;
        var proven = body is not null && problem is null;
        var window = proven ? $"webhook:{channel.Code}" : $"webhook-unproven:{channel.Code}";
        if (await limiter.RetryAfterAsync(window, limit, ct) is { } seconds)
        {
            if (proven && body is not null)
            {
                await intake.AuditAsync(envelope, body.Length, Sha256(body), IntakeStatus.RateLimited,
                    $"more than {limit} webhooks in a minute", ct);
            }

            return RateLimiter.Refusal(request.HttpContext, seconds);
        }

        if (body is null)
        {
            return await TooLargeAsync(envelope, size, ct);
        }

        if (problem is not null)
        {
            var id = await intake.AuditAsync(envelope, body.Length, Sha256(body), IntakeStatus.Unauthorized,
                problem, ct);
            return ApiProblems.IntakeRefused(StatusCodes.Status401Unauthorized, problem, id);
        }

        var intakeRequest = new IntakeRequest(channel, WithPing(envelope, channel, body), body, headers.EventIdHeader);
        return IntakeResponses.From(await intake.ReceiveAsync(intakeRequest, ct));
    }

    /// <summary>A payload posted with an API key, which must be the channel's own or an operations key.</summary>
    public async Task<IResult> ReceiveWithKeyAsync(string channelCode, Caller caller, HttpRequest request,
        CancellationToken ct)
    {
        var channel = await channels.FindAsync(channelCode, ct);
        if (channel is null || !caller.ActsFor(channel.Code))
        {
            return UnknownChannel(channelCode);
        }

        var headers = IntakeHeaders.Read(request, channel.Format);
        var envelope = new IntakeEnvelope(channel.Code, headers.Topic, headers.EventId, caller.Via);
        var (body, size) = await LimitedBody.ReadAsync(request, intakeOptions.Value.MaxBodyBytes, ct);
        if (body is null)
        {
            return await TooLargeAsync(envelope, size, ct);
        }

        // A channel's own topic the service does not take (a Shopify refund, say) is acknowledged, or the channel
        // would send it for ever; a caller that names the topic in the service's own header has mistyped it, and
        // acknowledging would drop its order unseen.
        if (headers.TopicHeader == IntakeHeaders.OwnTopicHeader
            && ChannelTopics.Parse(headers.Topic) == ChannelTopic.Other)
        {
            return await UnknownTopicAsync(envelope, headers, body, ct);
        }

        return IntakeResponses.From(await intake.ReceiveAsync(
            new IntakeRequest(channel, envelope, body, headers.EventIdHeader), ct));
    }

    private async Task<IResult> UnknownTopicAsync(IntakeEnvelope envelope, IntakeHeaders headers, byte[] body,
        CancellationToken ct)
    {
        var reason = $"is '{headers.Topic}'; it must be create, update or cancel, or be left out";
        var id = await intake.AuditAsync(envelope, body.Length, Sha256(body), IntakeStatus.Refused,
            $"{headers.TopicHeader} {reason}", ct);
        return ApiProblems.Intake(StatusCodes.Status400BadRequest, "The topic is not one this service takes.",
            [new FieldProblem(headers.TopicHeader, reason)], id);
    }

    private static string? SignatureProblem(Channel channel, IntakeHeaders headers, byte[] body) =>
        channel.WebhookSecret is not { } secret
            ? $"channel '{channel.Code}' has no webhook secret, so it cannot take signed webhooks"
            : headers.Signature is null
                ? $"the {headers.SignatureHeader} header is missing"
                : WebhookSignature.Verify(body, secret, headers.Signature)
                    ? null
                    : $"the {headers.SignatureHeader} header does not sign this body with the channel's secret";

    /// <summary>WooCommerce pings a new webhook with a form body; it is kept and acknowledged, not read.</summary>
    private static IntakeEnvelope WithPing(IntakeEnvelope envelope, Channel channel, byte[] body) =>
        channel.Format == PayloadFormat.WooCommerce && envelope.Topic is null
            && body.AsSpan().StartsWith("webhook_id="u8)
            ? envelope with { Topic = "ping" }
            : envelope;

    private async Task<IResult> TooLargeAsync(IntakeEnvelope envelope, long size, CancellationToken ct)
    {
        var limit = intakeOptions.Value.MaxBodyBytes;
        var reason = $"the body has at least {size} bytes; at most {limit} are taken";
        var id = await intake.AuditAsync(envelope, size, "", IntakeStatus.TooLarge, reason, ct);
        return ApiProblems.IntakeRefused(StatusCodes.Status413PayloadTooLarge, $"The payload is too large: {reason}.",
            id);
    }

    private static IResult UnknownChannel(string code) => ApiProblems.Fields(StatusCodes.Status404NotFound,
        "The channel does not exist.", [("channel", $"no channel has the code '{code}'")]);

    private static string Sha256(byte[] body) => Convert.ToHexStringLower(SHA256.HashData(body));
}

using System.Security.Cryptography;

namespace EcomErp.Commerce.Channels.Intake;

/// <summary>
/// One payload a channel sent, kept byte for byte with what became of it, so that nothing a channel sent is lost
/// and a refused payload can be replayed once its cause is fixed.
/// </summary>
public sealed partial class IntakeRecord
{
    private IntakeRecord()
    {
    }

    /// <summary>The record's number, in the order payloads arrived.</summary>
    public long Id { get; private set; }

    /// <summary>When it arrived.</summary>
    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>The channel code it was sent to.</summary>
    public string ChannelCode { get; private set; } = "";

    /// <summary>The channel's topic, such as <c>orders/updated</c>; null when none was given.</summary>
    public string? Topic { get; private set; }

    /// <summary>The channel's event or delivery id, which repeats are recognised by.</summary>
    public string? EventId { get; private set; }

    /// <summary>How the sender proved who it is: <c>signature</c>, or <c>key:</c> and the key's id.</summary>
    public string Via { get; private set; } = "";

    /// <summary>The body exactly as received; null for lines kept only for the audit.</summary>
    public byte[]? Body { get; private set; }

    /// <summary>The body's length in bytes.</summary>
    public long BodySize { get; private set; }

    /// <summary>The body's SHA-256, in lower-case hex.</summary>
    public string BodySha256 { get; private set; } = "";

    /// <summary>The order id the payload named, once it was read.</summary>
    public string? ChannelOrderId { get; private set; }

    /// <summary>The channel's version of the order (its updated-at), once it was read.</summary>
    public DateTimeOffset? ChannelVersion { get; private set; }

    /// <summary>What became of it.</summary>
    public IntakeStatus Status { get; private set; }

    /// <summary>Why, in words.</summary>
    public string? Reason { get; private set; }

    /// <summary>Every field problem, for a refused payload.</summary>
    public List<FieldProblem> Problems { get; private set; } = [];

    /// <summary>The order it created or changed.</summary>
    public Guid? OrderId { get; private set; }

    /// <summary>The record this one replays.</summary>
    public long? ReplayOf { get; private set; }

    /// <summary>When processing finished.</summary>
    public DateTimeOffset? ProcessedAt { get; private set; }

    /// <summary>A payload about to be processed, with its body kept.</summary>
    public static IntakeRecord Receive(IntakeEnvelope envelope, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        var record = Start(envelope, body.Length, Convert.ToHexStringLower(SHA256.HashData(body)), now);
        record.Body = body.ToArray();
        return record;
    }

    /// <summary>
    /// A line for the audit only, without the body: for a payload refused before it could be trusted or stored.
    /// </summary>
    public static IntakeRecord Audit(
        IntakeEnvelope envelope,
        long bodySize,
        string bodySha256,
        IntakeStatus status,
        string reason,
        DateTimeOffset now)
    {
        var record = Start(envelope, bodySize, bodySha256, now);
        record.Finish(status, reason, null, now);
        return record;
    }

    private static IntakeRecord Start(IntakeEnvelope envelope, long size, string sha256, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        return new IntakeRecord
        {
            ReceivedAt = now.ToUniversalTime(),
            ChannelCode = envelope.ChannelCode,
            Topic = envelope.Topic,
            EventId = envelope.EventId,
            Via = envelope.Via,
            ReplayOf = envelope.ReplayOf,
            BodySize = size,
            BodySha256 = sha256,
            Status = IntakeStatus.Received,
        };
    }
}

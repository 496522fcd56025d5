namespace EcomErp.Commerce.Inventory.Feed;

/// <summary>
/// An outbox row: a figure to tell a channel, written in the same transaction as the stock change that caused
/// it, and delivered at least once by a dispatcher, with <see cref="IdempotencyKey"/> so that the channel can
/// drop repeats.
/// </summary>
public sealed class AvailabilityEvent
{
    private AvailabilityEvent()
    {
    }

    /// <summary>The event's sequence number.</summary>
    public long Id { get; private set; }

    /// <summary>The channel to tell.</summary>
    public string ChannelCode { get; private set; } = "";

    /// <summary>What it carries.</summary>
    public AvailabilityEventKind Kind { get; private set; }

    /// <summary>The SKU, for a change.</summary>
    public string? Sku { get; private set; }

    /// <summary>The SKU's new available-to-sell, for a change.</summary>
    public int? Ats { get; private set; }

    /// <summary>For a snapshot, the JSON list of every SKU's figure and of SKUs that could not be computed.</summary>
    public string? Payload { get; private set; }

    /// <summary>When it was written.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Not to be delivered before this moment; later changes of the same SKU within it replace it.</summary>
    public DateTimeOffset DueAt { get; internal set; }

    /// <summary>When it was delivered, or found replaced by a later figure for the same SKU.</summary>
    public DateTimeOffset? DispatchedAt { get; internal set; }

    /// <summary>Whether a later event for the same channel and SKU was delivered instead.</summary>
    public bool Superseded { get; internal set; }

    /// <summary>Failed delivery attempts so far.</summary>
    public int Attempts { get; internal set; }

    /// <summary>Why the last attempt failed.</summary>
    public string? LastError { get; internal set; }

    /// <summary>The key the channel uses to drop a repeated delivery.</summary>
    public string IdempotencyKey => $"{ChannelCode}:{Sku ?? "snapshot"}:{Id}";

    internal static AvailabilityEvent Changed(string channel, string sku, int ats, DateTimeOffset now,
        DateTimeOffset due) => new()
        {
            ChannelCode = channel,
            Kind = AvailabilityEventKind.Change,
            Sku = sku,
            Ats = ats,
            CreatedAt = now.ToUniversalTime(),
            DueAt = due.ToUniversalTime(),
        };

    internal static AvailabilityEvent Snapshot(string channel, string payload, DateTimeOffset now) => new()
    {
        ChannelCode = channel,
        Kind = AvailabilityEventKind.Snapshot,
        Payload = payload,
        CreatedAt = now.ToUniversalTime(),
        DueAt = now.ToUniversalTime(),
    };
}

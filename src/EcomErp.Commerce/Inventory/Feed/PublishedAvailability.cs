namespace EcomErp.Commerce.Inventory.Feed;

/// <summary>
/// The last available-to-sell figure written to the outbox for one channel and SKU, so that a change can be told
/// from a figure that stayed the same, and so that a fast-moving SKU is told at most once per debounce window.
/// </summary>
public sealed class PublishedAvailability
{
    private PublishedAvailability()
    {
    }

    /// <summary>The channel.</summary>
    public string ChannelCode { get; private set; } = "";

    /// <summary>The SKU.</summary>
    public string Sku { get; private set; } = "";

    /// <summary>The figure last written to the outbox.</summary>
    public int Ats { get; internal set; }

    /// <summary>When it changed.</summary>
    public DateTimeOffset ChangedAt { get; internal set; }

    /// <summary>When the event that carries it falls due.</summary>
    public DateTimeOffset DueAt { get; internal set; }

    /// <summary>A figure as stored, read without EF (see <see cref="StockLocks"/>).</summary>
    internal static PublishedAvailability Restore(string channel, string sku, int ats, DateTimeOffset changedAt,
        DateTimeOffset dueAt) => new()
        {
            ChannelCode = channel,
            Sku = sku,
            Ats = ats,
            ChangedAt = changedAt,
            DueAt = dueAt,
        };

    internal static PublishedAvailability First(string channel, string sku) => new()
    {
        ChannelCode = channel,
        Sku = sku,
        Ats = -1,
    };
}

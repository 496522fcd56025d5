namespace EcomErp.Commerce.Channels.Skus;

/// <summary>
/// Maps a channel's SKU or variant id to the catalogue's SKU, for channels whose product codes differ from ours or
/// that send none. One mapping per channel, kind and channel value.
/// </summary>
public sealed class SkuMapping
{
    private SkuMapping()
    {
    }

    /// <summary>The channel the mapping belongs to.</summary>
    public string ChannelCode { get; private set; } = "";

    /// <summary>What it matches.</summary>
    public SkuMappingKind Kind { get; private set; }

    /// <summary>The channel's SKU or variant id.</summary>
    public string ChannelValue { get; private set; } = "";

    /// <summary>The catalogue's SKU.</summary>
    public string Sku { get; private set; } = "";

    /// <summary>When the mapping was last set.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>A new mapping.</summary>
    public static SkuMapping Create(
        string channelCode,
        SkuMappingKind kind,
        string channelValue,
        string sku,
        DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(channelValue);
        var mapping = new SkuMapping { ChannelCode = channelCode, Kind = kind, ChannelValue = channelValue };
        mapping.Retarget(sku, now);
        return mapping;
    }

    /// <summary>Points the mapping at another catalogue SKU.</summary>
    public void Retarget(string sku, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sku);
        Sku = sku;
        UpdatedAt = now.ToUniversalTime();
    }
}

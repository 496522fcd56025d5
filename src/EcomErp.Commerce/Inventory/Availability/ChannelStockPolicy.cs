namespace EcomErp.Commerce.Inventory.Availability;

/// <summary>How a channel may sell stock: its share of every SKU, in-transit stock, and backorders.</summary>
public sealed class ChannelStockPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="channelCode">The channel.</param>
    /// <param name="allocationShare">
    /// The fraction (0 to 1) of each SKU's sellable stock set aside for the channel, or null for none.
    /// </param>
    /// <param name="inTransitHorizon">
    /// How far ahead stock on its way may be sold, or null when the channel sells only what is on hand.
    /// </param>
    /// <param name="allowBackorders">Whether its orders hold what they can and wait for the rest.</param>
    public ChannelStockPolicy(
        string channelCode,
        decimal? allocationShare,
        TimeSpan? inTransitHorizon,
        bool allowBackorders)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelCode);
        if (allocationShare is < 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(allocationShare), allocationShare,
                $"The allocation share of channel {channelCode} must lie between 0 and 1.");
        }

        ChannelCode = channelCode;
        AllocationShare = allocationShare;
        InTransitHorizon = inTransitHorizon;
        AllowBackorders = allowBackorders;
    }

    /// <summary>The channel.</summary>
    public string ChannelCode { get; private set; }

    /// <summary>The fraction of each SKU's sellable stock set aside for the channel.</summary>
    public decimal? AllocationShare { get; private set; }

    /// <summary>How far ahead stock on its way counts for this channel; null: never.</summary>
    public TimeSpan? InTransitHorizon { get; private set; }

    /// <summary>Whether the channel's orders hold what they can and leave the rest on backorder.</summary>
    public bool AllowBackorders { get; private set; }
}

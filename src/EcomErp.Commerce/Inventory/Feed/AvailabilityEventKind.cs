namespace EcomErp.Commerce.Inventory.Feed;

/// <summary>What an <see cref="AvailabilityEvent"/> carries.</summary>
public enum AvailabilityEventKind
{
    /// <summary>One SKU's available-to-sell for the channel changed.</summary>
    Change,

    /// <summary>The scheduled full list of the channel's available-to-sell.</summary>
    Snapshot,
}

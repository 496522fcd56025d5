namespace EcomErp.Commerce.Inventory.Availability;

/// <summary>A fixed quantity of one SKU set aside for one channel (for example wholesale).</summary>
/// <param name="channelCode">The channel.</param>
/// <param name="sku">The SKU.</param>
/// <param name="quantity">The units set aside; never more than the SKU's sellable stock is granted.</param>
public sealed class ChannelAllocation(string channelCode, string sku, int quantity)
{
    /// <summary>The channel.</summary>
    public string ChannelCode { get; private set; } = channelCode;

    /// <summary>The SKU.</summary>
    public string Sku { get; private set; } = sku;

    /// <summary>The units set aside.</summary>
    public int Quantity { get; internal set; } = quantity;
}

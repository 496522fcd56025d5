namespace EcomErp.Commerce.Channels;

/// <summary>What a payload format can be relied on to say.</summary>
public static class PayloadFormatFacts
{
    /// <summary>
    /// Whether every payload of the format says, item by item, who collects its tax. Amazon names the marketplace
    /// facilitator model on each item it collects tax for, so an item without it was taxed by the seller. The
    /// other formats' flags (Shopify's <c>channel_liable</c>, the canonical <c>collectedByMarketplace</c>) are
    /// optional, so their absence proves nothing.
    /// </summary>
    public static bool SaysWhoCollectsTax(this PayloadFormat format) => format == PayloadFormat.Amazon;
}

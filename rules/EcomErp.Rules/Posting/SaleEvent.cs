namespace EcomErp.Rules.Posting;

/// <summary>A sale to post, on the channel it came from.</summary>
/// <param name="ChannelCode">The channel the sale came from.</param>
/// <param name="PayloadSaysWhoCollectsTax">
/// The order's payload marks, item by item, the tax a marketplace collects, so the rest is the merchant's.
/// </param>
internal sealed record SaleEvent(string ChannelCode, bool PayloadSaysWhoCollectsTax);

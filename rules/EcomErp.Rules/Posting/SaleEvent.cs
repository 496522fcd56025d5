namespace EcomErp.Rules.Posting;

/// <summary>A sale to post, on the channel it came from.</summary>
internal sealed record SaleEvent(string ChannelCode);

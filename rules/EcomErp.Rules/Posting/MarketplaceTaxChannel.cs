namespace EcomErp.Rules.Posting;

/// <summary>A channel whose marketplace collects and remits the sales tax itself.</summary>
internal sealed record MarketplaceTaxChannel(string ChannelCode);

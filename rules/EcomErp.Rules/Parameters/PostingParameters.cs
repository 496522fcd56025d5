namespace EcomErp.Rules.Parameters;

/// <summary>Posting treatment settings.</summary>
/// <param name="MarketplaceTaxChannels">Channels whose marketplace collects and remits the sales tax itself.</param>
public sealed record PostingParameters(IReadOnlyList<string> MarketplaceTaxChannels);

namespace EcomErp.Rules.Parameters;

/// <summary>The score each fraud signal adds.</summary>
/// <param name="HighOrderValue">The order total is above the high-value threshold.</param>
/// <param name="CountryMismatch">The order ships to another country than it bills to.</param>
/// <param name="BulkQuantity">One SKU is ordered in an unusual quantity.</param>
/// <param name="RiskyEmailDomain">The customer uses a throwaway mailbox.</param>
public sealed record FraudScores(int HighOrderValue, int CountryMismatch, int BulkQuantity, int RiskyEmailDomain);

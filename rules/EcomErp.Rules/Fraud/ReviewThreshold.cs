namespace EcomErp.Rules.Fraud;

/// <summary>The order total above which an order in <paramref name="Currency"/> is high value.</summary>
internal sealed record ReviewThreshold(string Currency, decimal Amount);

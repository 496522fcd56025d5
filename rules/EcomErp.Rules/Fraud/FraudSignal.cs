namespace EcomErp.Rules.Fraud;

/// <summary>One reason to doubt an order, with the score it adds.</summary>
internal sealed record FraudSignal(int Score, string Reason);

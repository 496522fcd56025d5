namespace EcomErp.Rules.Fraud;

/// <summary>The outcome of fraud screening.</summary>
/// <param name="ReviewRequired">Whether a person must review the order before it goes on.</param>
/// <param name="Score">The sum of the signals' scores.</param>
/// <param name="Reasons">Why, one sentence per signal; empty for a clean order.</param>
public sealed record FraudAssessment(bool ReviewRequired, int Score, IReadOnlyList<string> Reasons);

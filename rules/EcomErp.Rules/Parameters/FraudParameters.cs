namespace EcomErp.Rules.Parameters;

/// <summary>Fraud screening settings.</summary>
/// <param name="ReviewScore">The score at or above which an order goes to review.</param>
/// <param name="ReviewThresholds">Per currency, the order total above which an order counts as high value.</param>
/// <param name="MaxUnitsPerSku">The most units of one SKU an ordinary order takes.</param>
/// <param name="RiskyEmailDomains">E-mail domains of throwaway mailboxes.</param>
/// <param name="Scores">What each signal adds to the score.</param>
public sealed record FraudParameters(
    int ReviewScore,
    IReadOnlyDictionary<string, decimal> ReviewThresholds,
    int MaxUnitsPerSku,
    IReadOnlyList<string> RiskyEmailDomains,
    FraudScores Scores);

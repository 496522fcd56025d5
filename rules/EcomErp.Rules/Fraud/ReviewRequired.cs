namespace EcomErp.Rules.Fraud;

/// <summary>The conclusion that the order needs a person's review.</summary>
internal sealed record ReviewRequired(int Score);

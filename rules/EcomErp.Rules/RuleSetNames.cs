namespace EcomErp.Rules;

/// <summary>The tags that put each rule into its rule set.</summary>
internal static class RuleSetNames
{
    public const string Fraud = "Fraud";
    public const string Routing = "Routing";
    public const string Posting = "Posting";
}

namespace EcomErp.Rules;

/// <summary>What a rule set decided, and the names of the rules that fired to decide it, in firing order.</summary>
/// <typeparam name="T">The kind of decision.</typeparam>
/// <param name="Result">The decision.</param>
/// <param name="RulesFired">The rules that fired, such as "Fraud.HighOrderValue".</param>
public sealed record RuleDecision<T>(T Result, IReadOnlyList<string> RulesFired);

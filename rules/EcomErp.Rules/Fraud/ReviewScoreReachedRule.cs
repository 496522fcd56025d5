using EcomErp.Rules.Parameters;
using NRules.Fluent.Dsl;

namespace EcomErp.Rules.Fraud;

/// <summary>
/// Once every signal is in, an order whose score reaches the review score needs a person's review. It has the
/// lowest priority so that it fires after the signal rules.
/// </summary>
[Name("Fraud.ReviewScoreReached")]
[Tag(RuleSetNames.Fraud)]
[Priority(0)]
internal sealed class ReviewScoreReachedRule : Rule
{
    public override void Define()
    {
        FraudParameters parameters = default!;
        IEnumerable<FraudSignal> signals = default!;
        var score = 0;

        When()
            .Match(() => parameters)
            .Query(() => signals, query => query.Match<FraudSignal>().Collect())
            .Let(() => score, () => signals.Sum(signal => signal.Score))
            .Having(() => score >= parameters.ReviewScore);
        Then()
            .Do(context => context.Insert(new ReviewRequired(score)));
    }
}

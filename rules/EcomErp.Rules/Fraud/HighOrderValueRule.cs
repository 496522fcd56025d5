using EcomErp.Commerce.Monetary;
using EcomErp.Rules.Parameters;
using NRules.Fluent.Dsl;

namespace EcomErp.Rules.Fraud;

/// <summary>An order whose total is above its currency's high-value threshold is a signal.</summary>
[Name("Fraud.HighOrderValue")]
[Tag(RuleSetNames.Fraud)]
[Priority(1)]
internal sealed class HighOrderValueRule : Rule
{
    public override void Define()
    {
        OrderRisk order = default!;
        ReviewThreshold threshold = default!;
        FraudParameters parameters = default!;

        When()
            .Match(() => order)
            .Match(() => threshold, limit => limit.Currency == order.Currency, limit => order.Total > limit.Amount)
            .Match(() => parameters);
        Then()
            .Do(context => context.Insert(new FraudSignal(parameters.Scores.HighOrderValue,
                $"The order total {Currencies.Format(order.Total, order.Currency)} is above the high-value threshold " +
                $"{Currencies.Format(threshold.Amount, order.Currency)}.")));
    }
}

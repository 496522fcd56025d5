using EcomErp.Rules.Parameters;
using NRules.Fluent.Dsl;

namespace EcomErp.Rules.Fraud;

/// <summary>An order that ships to another country than it bills to is a signal.</summary>
[Name("Fraud.CountryMismatch")]
[Tag(RuleSetNames.Fraud)]
[Priority(1)]
internal sealed class CountryMismatchRule : Rule
{
    public override void Define()
    {
        OrderRisk order = default!;
        FraudParameters parameters = default!;

        When()
            .Match(() => order, risk => risk.BillingCountry != null && risk.ShippingCountry != null,
                risk => risk.BillingCountry != risk.ShippingCountry)
            .Match(() => parameters);
        Then()
            .Do(context => context.Insert(new FraudSignal(parameters.Scores.CountryMismatch,
                "The order bills to " + order.BillingCountry + " but ships to " + order.ShippingCountry + ".")));
    }
}

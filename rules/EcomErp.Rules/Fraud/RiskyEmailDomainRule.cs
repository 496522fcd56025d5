using EcomErp.Rules.Parameters;
using NRules.Fluent.Dsl;

namespace EcomErp.Rules.Fraud;

/// <summary>A customer with a throwaway mailbox is a signal.</summary>
[Name("Fraud.RiskyEmailDomain")]
[Tag(RuleSetNames.Fraud)]
[Priority(1)]
internal sealed class RiskyEmailDomainRule : Rule
{
    public override void Define()
    {
        OrderRisk order = default!;
        RiskyEmailDomain domain = default!;
        FraudParameters parameters = default!;

        When()
            .Match(() => order)
            .Match(() => domain, risky => risky.Domain == order.EmailDomain)
            .Match(() => parameters);
        Then()
            .Do(context => context.Insert(new FraudSignal(parameters.Scores.RiskyEmailDomain,
                "The customer's e-mail domain " + domain.Domain + " hands out throwaway mailboxes.")));
    }
}

using EcomErp.Rules.Parameters;
using NRules.Fluent.Dsl;

namespace EcomErp.Rules.Fraud;

/// <summary>Each SKU ordered in more units than an ordinary order takes is a signal.</summary>
[Name("Fraud.BulkQuantity")]
[Tag(RuleSetNames.Fraud)]
[Priority(1)]
internal sealed class BulkQuantityRule : Rule
{
    public override void Define()
    {
        FraudParameters parameters = default!;
        SkuQuantity sku = default!;

        When()
            .Match(() => parameters)
            .Match(() => sku, units => units.Quantity > parameters.MaxUnitsPerSku);
        Then()
            .Do(context => context.Insert(new FraudSignal(parameters.Scores.BulkQuantity,
                "The order takes " + sku.Quantity + " units of " + sku.Sku + ", more than "
                + parameters.MaxUnitsPerSku + ".")));
    }
}

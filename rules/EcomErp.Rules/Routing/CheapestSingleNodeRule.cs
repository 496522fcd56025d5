using NRules.Fluent.Dsl;

namespace EcomErp.Rules.Routing;

/// <summary>Of the nodes that can ship the whole order, the cheapest ships it; on a tie, the first by code.</summary>
[Name("Routing.CheapestSingleNode")]
[Tag(RuleSetNames.Routing)]
[Priority(10)]
internal sealed class CheapestSingleNodeRule : Rule
{
    public override void Define()
    {
        WholeOrderOption option = default!;

        When()
            .Match(() => option)
            .Not<WholeOrderOption>(other => other.Cost < option.Cost
                || (other.Cost == option.Cost && string.CompareOrdinal(other.NodeCode, option.NodeCode) < 0));
        Then()
            .Do(context => context.Insert(new ChosenNode(option.NodeCode, option.Cost)));
    }
}

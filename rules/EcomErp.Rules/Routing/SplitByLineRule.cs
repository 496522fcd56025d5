using NRules.Fluent.Dsl;

namespace EcomErp.Rules.Routing;

/// <summary>
/// When no node can ship the whole order, each line ships from the node that would ship it alone most cheaply;
/// on a tie, the first by code.
/// </summary>
[Name("Routing.SplitByLine")]
[Tag(RuleSetNames.Routing)]
[Priority(0)]
internal sealed class SplitByLineRule : Rule
{
    public override void Define()
    {
        LineCoverage coverage = default!;

        When()
            .Not<WholeOrderOption>()
            .Match(() => coverage)
            .Not<LineCoverage>(other => other.LineNo == coverage.LineNo && (other.CostAlone < coverage.CostAlone
                || (other.CostAlone == coverage.CostAlone
                    && string.CompareOrdinal(other.NodeCode, coverage.NodeCode) < 0)));
        Then()
            .Do(context => context.Insert(new LineRoute(coverage.LineNo, coverage.NodeCode, coverage.UnitsCost)));
    }
}

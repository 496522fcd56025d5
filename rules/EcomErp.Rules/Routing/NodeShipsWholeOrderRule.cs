using NRules.Fluent.Dsl;

namespace EcomErp.Rules.Routing;

/// <summary>A node that covers every line can ship the whole order in one parcel.</summary>
[Name("Routing.NodeShipsWholeOrder")]
[Tag(RuleSetNames.Routing)]
[Priority(20)]
internal sealed class NodeShipsWholeOrderRule : Rule
{
    public override void Define()
    {
        OrderSize size = default!;
        CandidateNode node = default!;
        IEnumerable<LineCoverage> covered = default!;

        When()
            .Match(() => size)
            .Match(() => node)
            .Query(() => covered, query => query.Match<LineCoverage>(coverage => coverage.NodeCode == node.NodeCode)
                .Collect())
            .Having(() => covered.Count() == size.LineCount);
        Then()
            .Do(context => context.Insert(
                new WholeOrderOption(node.NodeCode, node.ShipmentCost + covered.Sum(coverage => coverage.UnitsCost))));
    }
}

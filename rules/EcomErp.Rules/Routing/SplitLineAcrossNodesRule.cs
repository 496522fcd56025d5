using NRules.Fluent.Dsl;

namespace EcomErp.Rules.Routing;

/// <summary>
/// A line no single node can cover, but the nodes can together, ships in parts: each node sends what it holds,
/// cheapest first. Stock is promised across the network, so without this a line larger than any one node's
/// shelf would be reserved and then never shipped.
/// </summary>
[Name("Routing.SplitLineAcrossNodes")]
[Tag(RuleSetNames.Routing)]
[Priority(0)]
internal sealed class SplitLineAcrossNodesRule : Rule
{
    public override void Define()
    {
        RouteLine line = default!;
        NetworkSplit split = default!;

        When()
            .Match(() => line)
            .Not<LineCoverage>(coverage => coverage.LineNo == line.LineNo)
            .Match(() => split, candidate => candidate.LineNo == line.LineNo);
        Then()
            .Do(context => context.InsertAll(split.Parts));
    }
}

using NRules.Fluent.Dsl;

namespace EcomErp.Rules.Routing;

/// <summary>A line that no node covers on its own, nor the nodes together, cannot be routed.</summary>
[Name("Routing.LineUnroutable")]
[Tag(RuleSetNames.Routing)]
[Priority(0)]
internal sealed class LineUnroutableRule : Rule
{
    public override void Define()
    {
        RouteLine line = default!;

        When()
            .Match(() => line)
            .Not<LineCoverage>(coverage => coverage.LineNo == line.LineNo)
            .Not<NetworkSplit>(split => split.LineNo == line.LineNo);
        Then()
            .Do(context => context.Insert(new UnroutableLine(line.LineNo, line.Sku, line.Quantity)));
    }
}

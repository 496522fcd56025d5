using EcomErp.Commerce.Inventory;
using NRules.Fluent.Dsl;

namespace EcomErp.Rules.Routing;

/// <summary>
/// A node whose available stock covers a whole line can ship that line, if it also covers the order's other lines
/// of the same SKU: otherwise two lines could each be sent to a shelf that holds enough for only one of them.
/// </summary>
[Name("Routing.NodeCoversLine")]
[Tag(RuleSetNames.Routing)]
[Priority(30)]
internal sealed class NodeCoversLineRule : Rule
{
    public override void Define()
    {
        RouteLine line = default!;
        CandidateNode node = default!;
        NodeStock stock = default!;

        When()
            .Match(() => line)
            .Match(() => node)
            .Match(() => stock, held => held.NodeCode == node.NodeCode, held => held.Sku == line.Sku,
                held => held.Available >= line.Demand);
        Then()
            .Do(context => context.Insert(
                new LineCoverage(line.LineNo, node.NodeCode, node.UnitCost * line.Quantity, node.ShipmentCost)));
    }
}

using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Monetary;
using EcomErp.Rules.Routing;
using EcomErp.Rules.Tests.Support;

namespace EcomErp.Rules.Tests.Routing;

public sealed class RoutePlanningTests
{
    private static readonly CandidateNode East = new("DC-EAST", 5.90m, 0.40m);
    private static readonly CandidateNode West = new("DC-WEST", 7.20m, 0.55m);

    [Fact]
    public void PlanRoute_OnlyTheDearerNodeHasEverything_PrefersOneParcelOverACheaperSplit()
    {
        var request = new RoutingRequest(
            [new(1, "A", 2), new(2, "B", 1)],
            [East, West],
            [new("DC-EAST", "A", 10), new("DC-WEST", "A", 10), new("DC-WEST", "B", 10)]);

        var decision = CompiledRules.Rules.PlanRoute(request);

        Assert.Equal(RouteKind.SingleNode, decision.Result.Kind);
        Assert.Equal([new NodeAssignment(1, "DC-WEST", 2), new NodeAssignment(2, "DC-WEST", 1)],
            decision.Result.Assignments);
        Assert.Equal(7.20m + 0.55m * 3, decision.Result.EstimatedCost);
        Assert.Contains("Routing.CheapestSingleNode", decision.RulesFired);
        Assert.DoesNotContain("Routing.SplitByLine", decision.RulesFired);
    }

    [Fact]
    public void PlanRoute_TwoNodesHaveEverything_ChoosesTheCheaper()
    {
        var request = new RoutingRequest(
            [new(1, "A", 1), new(2, "B", 3)],
            [West, East],
            [new("DC-EAST", "A", 5), new("DC-EAST", "B", 5), new("DC-WEST", "A", 5), new("DC-WEST", "B", 5)]);

        var decision = CompiledRules.Rules.PlanRoute(request);

        Assert.Equal(RouteKind.SingleNode, decision.Result.Kind);
        Assert.All(decision.Result.Assignments, assignment => Assert.Equal("DC-EAST", assignment.NodeCode));
        Assert.Equal(2, decision.RulesFired.Count(rule => rule == "Routing.NodeShipsWholeOrder"));
        Assert.Single(decision.RulesFired, rule => rule == "Routing.CheapestSingleNode");
    }

    [Fact]
    public void PlanRoute_NoNodeHasEverything_SplitsByLine()
    {
        var request = new RoutingRequest(
            [new(1, "A", 1), new(2, "B", 1)],
            [East, West],
            [new("DC-EAST", "A", 5), new("DC-WEST", "B", 5)]);

        var decision = CompiledRules.Rules.PlanRoute(request);

        Assert.Equal(RouteKind.Split, decision.Result.Kind);
        Assert.Equal([new NodeAssignment(1, "DC-EAST", 1), new NodeAssignment(2, "DC-WEST", 1)],
            decision.Result.Assignments);
        Assert.True(decision.Result.IsComplete);
        Assert.Equal(2, decision.RulesFired.Count(rule => rule == "Routing.SplitByLine"));
    }

    [Fact]
    public void PlanRoute_LineOnlyTheNodesTogetherCover_ShipsInPartsCheapestUnitsFirst()
    {
        var request = new RoutingRequest(
            [new(1, "A", 1), new(2, "B", 4)],
            [West, East],
            [new("DC-EAST", "A", 5), new("DC-EAST", "B", 3), new("DC-WEST", "B", 2)]);

        var decision = CompiledRules.Rules.PlanRoute(request);

        Assert.True(decision.Result.IsComplete);
        Assert.Equal(RouteKind.Split, decision.Result.Kind);
        Assert.Equal(
            [new NodeAssignment(1, "DC-EAST", 1), new NodeAssignment(2, "DC-EAST", 3),
                new NodeAssignment(2, "DC-WEST", 1)],
            decision.Result.Assignments);
        Assert.Equal(0.40m * 4 + 0.55m + 5.90m + 7.20m, decision.Result.EstimatedCost);
        Assert.Contains("Routing.SplitLineAcrossNodes", decision.RulesFired);
        Assert.DoesNotContain("Routing.LineUnroutable", decision.RulesFired);
    }

    [Fact]
    public void PlanRoute_TwoLinesOfOneSku_GoToANodeThatHoldsBoth()
    {
        var request = new RoutingRequest(
            [new(1, "A", 2), new(2, "A", 2)],
            [East, West],
            [new("DC-EAST", "A", 3), new("DC-WEST", "A", 4)]);

        var decision = CompiledRules.Rules.PlanRoute(request);

        Assert.Equal(RouteKind.SingleNode, decision.Result.Kind);
        Assert.All(decision.Result.Assignments, assignment => Assert.Equal("DC-WEST", assignment.NodeCode));
    }

    [Fact]
    public void PlanRoute_TwoLinesOfOneSkuNoNodeHoldsTogether_ShareTheShelvesWithoutAskingTooMuch()
    {
        var request = new RoutingRequest(
            [new(1, "A", 2), new(2, "A", 2)],
            [East, West],
            [new("DC-EAST", "A", 3), new("DC-WEST", "A", 3)]);

        var decision = CompiledRules.Rules.PlanRoute(request);

        Assert.True(decision.Result.IsComplete);
        Assert.Equal(
            [new NodeAssignment(1, "DC-EAST", 2), new NodeAssignment(2, "DC-EAST", 1),
                new NodeAssignment(2, "DC-WEST", 1)],
            decision.Result.Assignments);
    }

    [Fact]
    public void PlanRoute_LineTheNodesTogetherCannotCover_NamesItAndRoutesTheRest()
    {
        var request = new RoutingRequest(
            [new(1, "A", 1), new(2, "B", 4)],
            [East, West],
            [new("DC-EAST", "A", 5), new("DC-EAST", "B", 2), new("DC-WEST", "B", 1)]);

        var decision = CompiledRules.Rules.PlanRoute(request);

        Assert.False(decision.Result.IsComplete);
        Assert.Equal(new UnroutableLine(2, "B", 4), Assert.Single(decision.Result.Unroutable));
        Assert.Equal(new NodeAssignment(1, "DC-EAST", 1), Assert.Single(decision.Result.Assignments));
        Assert.Contains("Routing.LineUnroutable", decision.RulesFired);
    }

    [Fact]
    public void PlanRoute_OpenShopifySampleOnSeedStock_ShipsEverythingFromTheWest()
    {
        var order = CompiledRules.ReceiveSample("samples/shopify/orders-create.open.json", PayloadFormat.Shopify,
            "shopify");
        var usd = (decimal amount) => new Money(amount, "USD");
        Node[] nodes =
        [
            new("DC-EAST", "East", NodeKind.DistributionCentre, ("US", "KY"), usd(5.90m), usd(0.40m)),
            new("DC-WEST", "West", NodeKind.DistributionCentre, ("US", "NV"), usd(7.20m), usd(0.55m)),
        ];
        NodeStock[] stock =
        [
            new("DC-EAST", "SKU2006-001", 38), new("DC-WEST", "SKU2006-001", 23),
            new("DC-EAST", "LENS-PROTECT-2YR", 500), new("DC-WEST", "LENS-PROTECT-2YR", 500),
            new("DC-EAST", "CASE-LEATHER-PREM", 55), new("DC-WEST", "CASE-LEATHER-PREM", 25),
            new("DC-WEST", "SKU2006-020", 11),
            new("DC-EAST", "SKU2006-035", 14), new("DC-WEST", "SKU2006-035", 7),
        ];

        var decision = CompiledRules.Rules.PlanRoute(RoutingRequest.For(order, nodes, stock));

        Assert.Equal(RouteKind.SingleNode, decision.Result.Kind);
        Assert.Equal(5, decision.Result.Assignments.Count);
        Assert.All(decision.Result.Assignments, assignment => Assert.Equal("DC-WEST", assignment.NodeCode));
    }

    [Fact]
    public void PlanRoute_OrderInEurosAndNodeCostsInDollars_StillRoutesByTheNodesCosts()
    {
        var order = CompiledRules.ReceiveSample("samples/canonical/order.json", PayloadFormat.Canonical, "webstore",
            currency: "EUR");
        var usd = (decimal amount) => new Money(amount, "USD");
        Node[] nodes =
        [
            new("DC-EAST", "East", NodeKind.DistributionCentre, ("US", "KY"), usd(5.90m), usd(0.40m)),
            new("DC-WEST", "West", NodeKind.DistributionCentre, ("US", "NV"), usd(7.20m), usd(0.55m)),
        ];
        var stock = order.Lines.SelectMany(line => new[]
        {
            new NodeStock("DC-EAST", line.Sku, 100), new NodeStock("DC-WEST", line.Sku, 100),
        }).ToArray();

        var decision = CompiledRules.Rules.PlanRoute(RoutingRequest.For(order, nodes, stock));

        Assert.Equal("EUR", order.Currency);
        Assert.True(decision.Result.IsComplete);
        Assert.All(decision.Result.Assignments, assignment => Assert.Equal("DC-EAST", assignment.NodeCode));
    }
}

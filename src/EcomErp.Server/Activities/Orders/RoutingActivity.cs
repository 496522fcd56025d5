using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Orders;
using EcomErp.Rules;
using EcomErp.Rules.Routing;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Server.Activities.Orders;

/// <summary>
/// Rule set <c>fulfillment-routing</c>: chooses the nodes that ship the order, records the decision with the
/// rules that fired, and moves the order's held stock to those nodes. A plan that cannot be carried out fails
/// the step, so it is retried and then becomes an incident rather than a silently stuck order.
/// </summary>
internal sealed class RoutingActivity(RuleSets rules, StockReservations reservations)
    : OrderActivity
{
    public const string Name = "fulfillment-routing";

    protected override async Task RunAsync(OrderStep step, CancellationToken cancellationToken)
    {
        var order = step.Order;
        var nodes = await step.Db.Nodes.AsNoTracking().ToListAsync(cancellationToken);
        var stock = await reservations.AvailableAtNodesAsync(step.Db, order.Lines.Select(l => l.Sku),
            cancellationToken);
        var decision = rules.PlanRoute(RoutingRequest.For(order, nodes, stock));
        var plan = decision.Result;
        var outcome = new
        {
            plan.Kind, plan.Assignments, plan.Unroutable, plan.EstimatedCost, rulesFired = decision.RulesFired,
        };
        step.Db.OrderDecisions.Add(OrderDecision.Record(order.Id, Name, OrderStep.ToJson(outcome),
            decision.RulesFired, step.Now));
        if (!plan.IsComplete)
        {
            throw new InvalidOperationException($"Order {order.Id} cannot be routed: no node can ship lines " +
                string.Join(", ", plan.Unroutable.Select(u => u.LineNo)) + ".");
        }

        var assigned = await reservations.AssignToNodesAsync(step.Db, order.Id, plan.Assignments, cancellationToken);
        if (!assigned.Succeeded)
        {
            throw new InvalidOperationException(
                $"Order {order.Id}: the nodes no longer hold enough stock for the plan.");
        }

        order.MoveTo(OrderStatus.Routed, step.Now);
        order.MoveTo(OrderStatus.AwaitingShipment, step.Now);
        step.Output("route", outcome);
    }
}

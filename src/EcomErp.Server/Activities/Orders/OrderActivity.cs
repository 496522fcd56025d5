using EcomErp.Commerce.Persistence;
using EcomErp.Workflows.Activities;
using Microsoft.EntityFrameworkCore;
using Serilog.Context;

namespace EcomErp.Server.Activities.Orders;

/// <summary>
/// Base of the activities that work on one order. The order id is the instance's business key; the commerce
/// context joins the step's transaction, so the activity's writes commit with the step or not at all. Every log
/// event written while the activity runs carries the order id and the instance id. Its writes are stamped with
/// the step's instant, the one the workflow journal shows.
/// </summary>
internal abstract class OrderActivity : IWorkflowActivity
{
    public async Task ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var orderId = Guid.Parse(context.BusinessKey
            ?? throw new InvalidOperationException($"Instance {context.InstanceId} has no order id as business key."));
        using var orderScope = LogContext.PushProperty("OrderId", orderId);
        using var instanceScope = LogContext.PushProperty("InstanceId", context.InstanceId);
        await using var db = await CommerceDatabase.OpenAsync(
            context.Connection, context.Transaction, cancellationToken);
        var order = await db.Orders.SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken)
            ?? throw new InvalidOperationException($"Order {orderId} of instance {context.InstanceId} does not exist.");
        await RunAsync(new OrderStep(context, db, order, context.Now), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    protected abstract Task RunAsync(OrderStep step, CancellationToken cancellationToken);
}

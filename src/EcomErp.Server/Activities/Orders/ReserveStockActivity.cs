using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Orders;

namespace EcomErp.Server.Activities.Orders;

/// <summary>
/// <c>order.reserve</c>: holds stock for every stocked line against the network, within the available-to-sell of
/// the order's channel: all or nothing, or (when the channel allows backorders) what can be held with the rest
/// backordered. A shortage is not a failure: the workflow decides what to do with it, and reserving again later
/// holds only what is still missing.
/// </summary>
internal sealed class ReserveStockActivity(TimeProvider time, StockReservations reservations) : OrderActivity(time)
{
    public const string Name = "order.reserve";

    protected override async Task RunAsync(OrderStep step, CancellationToken cancellationToken)
    {
        var outcome = await reservations.ReserveOrderAsync(step.Db, step.Order, cancellationToken);
        if (outcome.Succeeded && step.Order.Status != OrderStatus.Reserved)
        {
            step.Order.MoveTo(OrderStatus.Reserved, step.Now);
        }

        step.Output("reservation", new
        {
            reserved = outcome.Succeeded,
            backordered = outcome.Backordered,
            shortages = outcome.Shortages,
        });
    }
}

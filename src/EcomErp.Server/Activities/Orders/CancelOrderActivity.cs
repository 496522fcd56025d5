using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Orders;

namespace EcomErp.Server.Activities.Orders;

/// <summary>
/// <c>order.cancel</c>: the cancellation path. Releases the stock this order holds, and only this order's, and
/// marks it cancelled with the reason the <c>order.cancelled</c> message carried.
/// </summary>
internal sealed class CancelOrderActivity(
    StockReservations reservations,
    ILogger<CancelOrderActivity> logger) : OrderActivity
{
    public const string Name = "order.cancel";

    protected override async Task RunAsync(OrderStep step, CancellationToken cancellationToken)
    {
        var order = step.Order;
        var reason = (string?)step.Variable("cancelReason") ?? "cancelled";
        if (order.CancelledAt is null)
        {
            order.RecordCancellation(step.Now, reason, step.Now);
        }

        var released = await reservations.ReleaseOrderAsync(step.Db, order.Id, cancellationToken);
        order.MoveTo(OrderStatus.Cancelled, [$"Cancelled: {order.CancelReason ?? reason}."], step.Now);
        logger.LogInformation("Order {OrderId} cancelled ({Reason}); {Units} reserved units released",
            order.Id, order.CancelReason ?? reason, released);
        step.Output("cancellation", new { reason = order.CancelReason ?? reason, releasedUnits = released });
    }
}

using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Orders;

namespace EcomErp.Server.Activities.Orders;

/// <summary>
/// <c>order.reserve</c>: holds stock for every stocked line against the network, within the available-to-sell of
/// the order's channel: all or nothing, or (when the channel allows backorders) what can be held with the rest
/// backordered. A shortage is not a failure: the order is put on hold with the shortages as its reasons, the
/// workflow decides what to do with it, and reserving again later holds only what is still missing.
/// </summary>
internal sealed class ReserveStockActivity(
    StockReservations reservations,
    ILogger<ReserveStockActivity> logger)
    : OrderActivity
{
    public const string Name = "order.reserve";

    protected override async Task RunAsync(OrderStep step, CancellationToken cancellationToken)
    {
        var order = step.Order;
        var outcome = await reservations.ReserveOrderAsync(step.Db, order, cancellationToken);
        if (outcome.Succeeded && order.Status != OrderStatus.Reserved)
        {
            // Whatever held the order (a review, a shortage) no longer does; its decisions keep the record.
            order.MoveTo(OrderStatus.Reserved, step.Now);
            order.ReplaceReasons([], step.Now);
        }
        else if (!outcome.Succeeded)
        {
            order.Hold(outcome.Shortages.Select(s => ShortageReason(s, outcome.Backordered)), step.Now);
            logger.LogWarning("Order {OrderId} from channel {ChannelCode} held for stock: {@Shortages}",
                order.Id, order.ChannelCode, outcome.Shortages);
        }

        step.Output("reservation", new
        {
            reserved = outcome.Succeeded,
            backordered = outcome.Backordered,
            shortages = outcome.Shortages,
        });
    }

    private static string ShortageReason(StockShortage shortage, bool backordered)
    {
        var where = shortage.NodeCode is null ? "to sell on the order's channel" : $"at node {shortage.NodeCode}";
        var rest = backordered ? "; what was available is held and the rest is backordered" : "";
        return $"Not enough stock of {shortage.Sku}: {shortage.Requested} asked for, " +
            $"{shortage.Available} available {where}{rest}.";
    }
}

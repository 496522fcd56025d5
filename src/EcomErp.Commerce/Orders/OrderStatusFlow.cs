using System.Collections.Frozen;

namespace EcomErp.Commerce.Orders;

/// <summary>The moves between <see cref="OrderStatus"/> values that an order may make.</summary>
public static class OrderStatusFlow
{
    private static readonly FrozenDictionary<OrderStatus, OrderStatus[]> Next =
        new Dictionary<OrderStatus, OrderStatus[]>
        {
            [OrderStatus.Received] = [OrderStatus.OnHold, OrderStatus.Rejected, OrderStatus.InReview,
                OrderStatus.Reserved],
            [OrderStatus.OnHold] = [OrderStatus.Rejected, OrderStatus.InReview, OrderStatus.Reserved],
            [OrderStatus.InReview] = [OrderStatus.Rejected, OrderStatus.OnHold, OrderStatus.Reserved],
            [OrderStatus.Reserved] = [OrderStatus.InReview, OrderStatus.Routed],
            [OrderStatus.Routed] = [OrderStatus.AwaitingShipment],
            [OrderStatus.AwaitingShipment] = [OrderStatus.Shipped],
            [OrderStatus.Shipped] = [OrderStatus.Invoiced],
            [OrderStatus.Invoiced] = [OrderStatus.Completed],
        }.ToFrozenDictionary();

    private static readonly FrozenSet<OrderStatus> Cancellable =
        new[] { OrderStatus.Received, OrderStatus.OnHold, OrderStatus.InReview, OrderStatus.Reserved,
            OrderStatus.Routed, OrderStatus.AwaitingShipment }.ToFrozenSet();

    /// <summary>Whether an order in <paramref name="from"/> may move to <paramref name="to"/>.</summary>
    public static bool CanMove(OrderStatus from, OrderStatus to) =>
        to == OrderStatus.Cancelled
            ? Cancellable.Contains(from)
            : Next.TryGetValue(from, out var targets) && targets.Contains(to);
}

using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Orders;

namespace EcomErp.Server.Activities.Orders;

/// <summary>
/// <c>order.reject</c>: releases whatever stock the order holds (only its own) and marks it rejected, with the
/// reason the workflow reached this step for.
/// </summary>
internal sealed class RejectOrderActivity(
    StockReservations reservations,
    ILogger<RejectOrderActivity> logger)
    : OrderActivity
{
    public const string Name = "order.reject";

    protected override async Task RunAsync(OrderStep step, CancellationToken cancellationToken)
    {
        var released = await reservations.ReleaseOrderAsync(step.Db, step.Order.Id, cancellationToken);
        var reason = Reason(step);
        step.Order.MoveTo(OrderStatus.Rejected, [reason], step.Now);
        logger.LogInformation("Order {OrderId} rejected ({Reason}); {Units} reserved units released",
            step.Order.Id, reason, released);
        step.Output("rejection", new { reason, releasedUnits = released });
    }

    private static string Reason(OrderStep step) =>
        (string?)step.Variable("fraudDecision") == "reject"
            ? "A fraud reviewer rejected the order."
            : (string?)step.Variable("stockDecision") == "cancel"
                ? "Operations cancelled the order because stock could not be reserved."
                : (string?)step.Variable("skuDecision") == "reject"
                    ? "Operations rejected the order because its SKUs could not be mapped to the catalogue."
                    : "The workflow rejected the order.";
}

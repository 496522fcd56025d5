using System.Text.Json.Nodes;
using EcomErp.Commerce.Fulfillment;
using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Orders;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Server.Activities.Orders;

/// <summary>
/// <c>order.ship</c>: records the shipment carried by the <c>shipment.confirmed</c> message, takes the shipped
/// units out of stock, and tells the workflow whether anything is still to ship.
/// </summary>
internal sealed class ShipOrderActivity(StockReservations reservations) : OrderActivity
{
    public const string Name = "order.ship";

    protected override async Task RunAsync(OrderStep step, CancellationToken cancellationToken)
    {
        var message = step.Variable("shipment") as JsonObject
            ?? throw new InvalidOperationException($"Order {step.Order.Id}: the shipment message carried no shipment.");
        var nodeCode = (string)message["nodeCode"]!;
        var lines = message["lines"]!.AsArray()
            .Select(l => new ShipmentLine((int)l!["lineNo"]!, (int)l["quantity"]!))
            .ToList();
        await reservations.ShipAsync(step.Db, step.Order.Id, nodeCode, lines, cancellationToken);
        step.Db.Shipments.Add(Shipment.Confirm(step.Order.Id, nodeCode, (string)message["carrier"]!,
            (string)message["trackingNumber"]!, lines, step.Now));
        var stillHeld = await step.Db.Reservations
            .AnyAsync(r => r.OrderId == step.Order.Id && r.Status == ReservationStatus.Held, cancellationToken);
        if (!stillHeld)
        {
            step.Order.MoveTo(OrderStatus.Shipped, step.Now);
        }

        step.Output("shipped", new { complete = !stillHeld });
    }
}

using EcomErp.Commerce.Orders;
using EcomErp.Commerce.Persistence;
using EcomErp.Server.Api;
using EcomErp.Server.Intake;
using EcomErp.Server.Security;
using EcomErp.Workflows.Messages;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EcomErp.Server.Orders;

/// <summary>
/// Cancels an order on request of its channel or of operations: the order's workflow takes the cancellation
/// path, which releases its stock. An order that has shipped, or has already ended, cannot be cancelled.
/// </summary>
internal sealed class OrderCancellation(OrderIntake intake, NpgsqlDataSource dataSource, StockWaiters waiters)
{
    public async Task<IResult> CancelAsync(Guid orderId, Caller caller, string? reason, CancellationToken ct)
    {
        var order = await FindAsync(orderId, ct);
        if (order is null || !caller.ActsFor(order.Channel))
        {
            return ApiProblems.NotFound($"Order {orderId}");
        }

        if (order.Shipped || order.Status is OrderStatus.Rejected or OrderStatus.Completed)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict,
                title: $"Order {orderId} is {order.Status}{(order.Shipped ? " and has shipped" : "")}; it cannot " +
                    "be cancelled.");
        }

        var result = await intake.RequestCancellationAsync(orderId, reason ?? $"cancelled by {caller.Principal}", ct);
        var after = await FindAsync(orderId, ct);
        if (result.Outcome == CorrelationOutcome.NotCorrelated)
        {
            // Nothing in the order's workflow waits for a cancellation any more (it ended, or it is stuck): a 200
            // would promise a cancellation that did not happen.
            return Results.Problem(statusCode: StatusCodes.Status409Conflict,
                title: $"Order {orderId} is {after!.Status} and its workflow is not waiting for a cancellation; " +
                    "see the order's workflow journal and GET /api/incidents.");
        }

        if (after!.Status == OrderStatus.Cancelled)
        {
            // The stock it released may be what another order is held for.
            await waiters.WakeAsync(await SkusAsync(orderId, ct), ct);
        }

        return Results.Ok(new { orderId, status = after.Status, message = result.Outcome });
    }

    private async Task<OrderState?> FindAsync(Guid orderId, CancellationToken ct)
    {
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(dataSource));
        return await db.Orders.AsNoTracking().IgnoreAutoIncludes().Where(o => o.Id == orderId)
            .Select(o => new OrderState(o.ChannelCode, o.Status, db.Shipments.Any(s => s.OrderId == o.Id)))
            .SingleOrDefaultAsync(ct);
    }

    private async Task<List<string>> SkusAsync(Guid orderId, CancellationToken ct)
    {
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(dataSource));
        return await db.Reservations.Where(r => r.OrderId == orderId).Select(r => r.Sku).Distinct().ToListAsync(ct);
    }

    private sealed record OrderState(string Channel, OrderStatus Status, bool Shipped);
}

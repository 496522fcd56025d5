using EcomErp.Commerce.Orders;
using EcomErp.Commerce.Persistence;
using EcomErp.Server.Api;
using EcomErp.Server.Intake;
using EcomErp.Server.Security;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EcomErp.Server.Orders;

/// <summary>
/// Cancels an order on request of its channel or of operations: the order's workflow takes the cancellation
/// path, which releases its stock. An order that has shipped, or has already ended, cannot be cancelled.
/// </summary>
internal sealed class OrderCancellation(OrderIntake intake, NpgsqlDataSource dataSource)
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
        return Results.Ok(new { orderId, status = after!.Status, message = result.Outcome });
    }

    private async Task<OrderState?> FindAsync(Guid orderId, CancellationToken ct)
    {
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(dataSource));
        return await db.Orders.AsNoTracking().IgnoreAutoIncludes().Where(o => o.Id == orderId)
            .Select(o => new OrderState(o.ChannelCode, o.Status, db.Shipments.Any(s => s.OrderId == o.Id)))
            .SingleOrDefaultAsync(ct);
    }

    private sealed record OrderState(string Channel, OrderStatus Status, bool Shipped);
}

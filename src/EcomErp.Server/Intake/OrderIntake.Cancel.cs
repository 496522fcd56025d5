using System.Text.Json.Nodes;
using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Channels.Intake;
using EcomErp.Commerce.Orders;
using EcomErp.Workflows.Messages;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Server.Intake;

internal sealed partial class OrderIntake
{
    /// <summary>The message the order lifecycle's cancellation path starts on, correlated by order id.</summary>
    public const string CancelMessage = "order.cancelled";

    private async Task<IntakeDecision> CancelOrderAsync(IntakeSession session, Order order)
    {
        if (order.Status is OrderStatus.Cancelled or OrderStatus.Rejected)
        {
            order.NoteChannelVersion(session.Canonical.UpdatedAt, session.Now);
            return new IntakeDecision(IntakeStatus.Unchanged, order.Id,
                $"The order is already {order.Status}; there is nothing to cancel.");
        }

        if (await HasShippedAsync(session, order))
        {
            return await RefuseChangeAsync(session, order, "The order has shipped, so it cannot be cancelled; it " +
                "needs a return, which intake does not take from channels yet.");
        }

        var reason = session.Canonical.CancelReason ?? "cancelled by the channel";
        order.RecordCancellation(session.Canonical.CancelledAt ?? session.Now, reason, session.Now);
        order.NoteChannelVersion(session.Canonical.UpdatedAt, session.Now);
        return new IntakeDecision(IntakeStatus.Cancelled, order.Id, reason, Cancels: true);
    }

    /// <summary>
    /// Sends the cancellation to the order's workflow once the cancellation is recorded. The message has an id, so
    /// a retry after a crash cannot cancel twice; the order's status afterwards says whether the workflow took it.
    /// </summary>
    private async Task<IntakeOutcome> CancelAsync(long intakeId, IntakeDecision decision, CancellationToken ct)
    {
        var orderId = decision.OrderId!.Value;
        var result = await RequestCancellationAsync(orderId, decision.Reason, ct);
        var status = await StatusAsync(orderId, ct);
        if (status == OrderStatus.Cancelled)
        {
            return await FinishAsync(intakeId, decision with { Cancels = false }, ct);
        }

        var reason = $"The order's workflow did not take the cancellation ({result.Outcome}); the order is {status}.";
        var started = await engine.StartAsync(ExceptionProcessKey,
            ExceptionStart(orderId, reason, intakeId, ChannelTopic.Cancel.ToString()), ct);
        return await FinishAsync(intakeId,
            new IntakeDecision(IntakeStatus.ChangeRefused, orderId, reason, started.InstanceId), ct);
    }

    /// <summary>Publishes <see cref="CancelMessage"/> for an order, as intake and the cancel endpoint do.</summary>
    public Task<CorrelationResult> RequestCancellationAsync(Guid orderId, string? reason, CancellationToken ct) =>
        engine.PublishMessageAsync(new MessagePublication(CancelMessage, orderId.ToString(),
            new JsonObject { ["cancelReason"] = reason }, MessageId: $"cancel:{orderId}"), ct);

    private async Task<OrderStatus?> StatusAsync(Guid orderId, CancellationToken ct)
    {
        await using var db = Open();
        return await db.Orders.AsNoTracking().IgnoreAutoIncludes().Where(o => o.Id == orderId)
            .Select(o => (OrderStatus?)o.Status).SingleOrDefaultAsync(ct);
    }
}

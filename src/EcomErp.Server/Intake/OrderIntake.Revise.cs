using System.Globalization;
using System.Text.Json.Nodes;
using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Channels.Intake;
using EcomErp.Commerce.Orders;
using EcomErp.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Server.Intake;

internal sealed partial class OrderIntake
{
    public const string ExceptionProcessKey = "order-exception";

    /// <summary>
    /// A newer version of an existing order. Before stock is reserved every change applies; once it is reserved
    /// only the customer and addresses may change; once anything has shipped nothing may. A change that may not
    /// apply is refused and a person gets an exception task.
    /// </summary>
    private async Task<IntakeDecision> ReviseAsync(IntakeSession session, Order order)
    {
        var age = ChannelVersions.Compare(session.Canonical, order);
        if (age < 0)
        {
            logger.LogInformation("Order {OrderId}: version {ChannelVersion} from channel {ChannelCode} is older " +
                "than the stored {StoredVersion}; ignored", order.Id, session.Canonical.UpdatedAt,
                session.Channel.Code, order.ChannelUpdatedAt);
            return new IntakeDecision(IntakeStatus.Stale, order.Id,
                $"Version {Format(session.Canonical.UpdatedAt)} is older than the stored " +
                $"{Format(order.ChannelUpdatedAt)}.");
        }

        var revision = order.Compare(session.Canonical);
        if (session.Topic == ChannelTopic.Cancel || revision.Cancels)
        {
            return await CancelOrderAsync(session, order);
        }

        if (age == 0 || revision.IsEmpty)
        {
            order.NoteChannelVersion(session.Canonical.UpdatedAt, session.Now);
            return new IntakeDecision(IntakeStatus.Unchanged, order.Id, "The order already holds this version.");
        }

        return await ChangeAsync(session, order, revision);
    }

    private async Task<IntakeDecision> ChangeAsync(IntakeSession session, Order order, OrderRevision revision)
    {
        if (order.Status is OrderStatus.Rejected or OrderStatus.Cancelled)
        {
            order.NoteChannelVersion(session.Canonical.UpdatedAt, session.Now);
            return new IntakeDecision(IntakeStatus.Ignored, order.Id,
                $"The order is {order.Status}; changes from the channel are not applied.");
        }

        if (await HasShippedAsync(session, order))
        {
            return await RefuseChangeAsync(session, order,
                "The order has shipped; the channel's change was not applied.");
        }

        if (order.Status is OrderStatus.Received or OrderStatus.OnHold or OrderStatus.InReview)
        {
            order.Revise(session.Canonical, session.Now);
            return new IntakeDecision(IntakeStatus.Updated, order.Id, "The order took the channel's newer version.");
        }

        if (revision.ContentChanged)
        {
            return await RefuseChangeAsync(session, order, "Stock is already reserved for the order, so its lines " +
                "and amounts can no longer change; the channel's change was not applied.");
        }

        order.ReviseParties(session.Canonical, session.Now);
        return new IntakeDecision(IntakeStatus.Updated, order.Id, "The customer and addresses were updated.");
    }

    /// <summary>
    /// Keeps the version as seen, so that the same change does not raise a second task, and asks a person.
    /// </summary>
    private async Task<IntakeDecision> RefuseChangeAsync(IntakeSession session, Order order, string reason)
    {
        order.NoteChannelVersion(session.Canonical.UpdatedAt, session.Now);
        var started = await engine.StartAsync(session.Transaction, ExceptionProcessKey,
            ExceptionStart(order.Id, reason, session.Record.Id, session.Record.Topic), session.Ct);
        logger.LogWarning("Order {OrderId}: a change from channel {ChannelCode} was refused ({Reason}); exception " +
            "instance {InstanceId} waits for a person", order.Id, session.Channel.Code, reason, started.InstanceId);
        return new IntakeDecision(IntakeStatus.ChangeRefused, order.Id, reason, started.InstanceId);
    }

    /// <summary>How an <c>order-exception</c> instance starts: for the order, with what was refused and why.</summary>
    private static StartOptions ExceptionStart(Guid orderId, string reason, long intakeId, string? topic) =>
        new(orderId.ToString(), new Dictionary<string, JsonNode?>
        {
            ["orderId"] = orderId.ToString(),
            ["reason"] = reason,
            ["intakeId"] = intakeId,
            ["topic"] = topic,
        });

    private static async Task<bool> HasShippedAsync(IntakeSession session, Order order) =>
        order.Status is OrderStatus.Shipped or OrderStatus.Invoiced or OrderStatus.Completed
        || await session.Db.Shipments.AnyAsync(s => s.OrderId == order.Id, session.Ct);

    private static string Format(DateTimeOffset? at) =>
        at?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) ?? "(none)";
}

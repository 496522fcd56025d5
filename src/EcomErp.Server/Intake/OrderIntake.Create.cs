using System.Text.Json.Nodes;
using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Channels.Intake;
using EcomErp.Commerce.Orders;
using EcomErp.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Server.Intake;

internal sealed partial class OrderIntake
{
    /// <summary>
    /// Creates the order and starts its workflow, after applying in version order the updates that came before
    /// it, so the workflow starts on the newest version. An update or cancellation for an order that does not
    /// exist yet is parked in the log instead.
    /// </summary>
    private async Task<IntakeDecision> CreateOrParkAsync(IntakeSession session)
    {
        if (session.Topic is ChannelTopic.Update or ChannelTopic.Cancel)
        {
            return new IntakeDecision(IntakeStatus.Parked, null,
                "The order does not exist yet; this update is kept and applied when the order is created.");
        }

        var order = Order.Receive(session.Channel.Code, session.Canonical, session.Now);
        var applied = await ApplyParkedAsync(session, order);
        session.Db.Orders.Add(order);
        await session.Db.SaveChangesAsync(session.Ct);
        var variables = new Dictionary<string, JsonNode?> { ["orderId"] = order.Id.ToString() };
        var started = await engine.StartAsync(session.Transaction, ProcessKey,
            new StartOptions(order.Id.ToString(), variables), session.Ct);
        await session.Db.Orders.Where(o => o.Id == order.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.InstanceId, started.InstanceId), session.Ct);
        return new IntakeDecision(IntakeStatus.Created, order.Id,
            applied == 0 ? null : $"{applied} update(s) that came before the order were applied first.");
    }

    private async Task<int> ApplyParkedAsync(IntakeSession session, Order order)
    {
        var parked = await session.Db.IntakeRecords
            .Where(r => r.ChannelCode == session.Channel.Code && r.ChannelOrderId == order.ChannelOrderId
                && r.Status == IntakeStatus.Parked)
            .OrderBy(r => r.ChannelVersion).ThenBy(r => r.Id)
            .ToListAsync(session.Ct);
        var applied = 0;
        foreach (var record in parked)
        {
            var (canonical, problems, _) = await IntakeMapping.MapAsync(session.Db, session.Channel, record.Body ?? [],
                options.Value.Limits, session.Ct);
            if (canonical is null)
            {
                record.Refuse(problems, "The parked update no longer maps.", session.Now);
            }
            else if (ChannelVersions.Compare(canonical, order) <= 0)
            {
                record.Finish(IntakeStatus.Stale, "Not newer than the order when it was created.", order.Id,
                    session.Now);
            }
            else
            {
                order.Revise(canonical, session.Now);
                record.Finish(IntakeStatus.Applied, $"Applied when intake record {session.Record.Id} created the " +
                    "order.", order.Id, session.Now);
                applied++;
            }
        }

        return applied;
    }
}

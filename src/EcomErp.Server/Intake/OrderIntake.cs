using System.Text.Json.Nodes;
using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Orders;
using EcomErp.Commerce.Persistence;
using EcomErp.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EcomErp.Server.Intake;

/// <summary>
/// Takes a channel's order payload in the channel's own format, maps it to a canonical order, and stores the
/// order and starts its workflow in one transaction. The same channel order id a second time (or twice at
/// once) finds the first order and creates nothing.
/// </summary>
internal sealed class OrderIntake(
    WorkflowEngine engine,
    NpgsqlDataSource dataSource,
    TimeProvider time,
    ILogger<OrderIntake> logger)
{
    public const string ProcessKey = "order-lifecycle";

    public async Task<IntakeOutcome> AcceptAsync(string channelCode, ReadOnlyMemory<byte> body, CancellationToken ct)
    {
        var channel = await FindChannelAsync(channelCode, ct);
        if (channel is null)
        {
            return new IntakeOutcome.Refused(StatusCodes.Status404NotFound, "The channel does not exist.",
                [("channel", $"no channel has the code '{channelCode}'")]);
        }

        var mapped = OrderPayloadMappers.For(channel.Format).Map(body);
        if (!mapped.Succeeded)
        {
            return Refused(mapped.Problems);
        }

        if (mapped.Order.Currency != channel.ShopCurrency)
        {
            return new IntakeOutcome.Refused(StatusCodes.Status422UnprocessableEntity, "The order is not valid.",
                [("currency", $"is {mapped.Order.Currency}, but channel '{channel.Code}' sells in {channel.ShopCurrency}")]);
        }

        return await StoreAndStartAsync(channel, mapped.Order, ct);
    }

    private async Task<IntakeOutcome> StoreAndStartAsync(Channel channel, CanonicalOrder canonical, CancellationToken ct)
    {
        await using var transaction = await engine.BeginAsync(ct);
        await using var db = await CommerceDatabase.OpenAsync(transaction.Connection, transaction.Transaction, ct);
        await LockChannelOrderAsync(db, channel.Code, canonical.ChannelOrderId, ct);
        if (await FindExistingAsync(db, channel.Code, canonical.ChannelOrderId, ct) is { } existing)
        {
            logger.LogInformation("Order {OrderId} from channel {ChannelCode} received again as {ChannelOrderId}; " +
                "nothing created", existing.Id, channel.Code, canonical.ChannelOrderId);
            return new IntakeOutcome.Accepted(existing.Id, existing.InstanceId ?? Guid.Empty, existing.Status, Created: false);
        }

        var order = Order.Receive(channel.Code, canonical, time.GetUtcNow());
        db.Orders.Add(order);
        await db.SaveChangesAsync(ct);
        var started = await engine.StartAsync(transaction, ProcessKey,
            new StartOptions(order.Id.ToString(), new Dictionary<string, JsonNode?> { ["orderId"] = order.Id.ToString() }), ct);
        await db.Orders.Where(o => o.Id == order.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.InstanceId, started.InstanceId), ct);
        var status = await db.Orders.Where(o => o.Id == order.Id).Select(o => o.Status).SingleAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("Order {OrderId} accepted from channel {ChannelCode} as {ChannelOrderId}; instance " +
            "{InstanceId} left it {Status}", order.Id, channel.Code, canonical.ChannelOrderId, started.InstanceId, status);
        return new IntakeOutcome.Accepted(order.Id, started.InstanceId, status, Created: true);
    }

    /// <summary>Serialises requests for the same channel order across every server process.</summary>
    private static Task LockChannelOrderAsync(CommerceDbContext db, string channelCode, string channelOrderId, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync(
            $"SELECT pg_advisory_xact_lock(hashtextextended({"order:" + channelCode + ":" + channelOrderId}, 0))", ct);

    private static Task<ExistingOrder?> FindExistingAsync(CommerceDbContext db, string channelCode, string channelOrderId,
        CancellationToken ct) =>
        db.Orders.AsNoTracking()
            .Where(o => o.ChannelCode == channelCode && o.ChannelOrderId == channelOrderId)
            .Select(o => new ExistingOrder(o.Id, o.InstanceId, o.Status))
            .SingleOrDefaultAsync(ct);

    private async Task<Channel?> FindChannelAsync(string channelCode, CancellationToken ct)
    {
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(dataSource));
        return await db.Channels.AsNoTracking().SingleOrDefaultAsync(c => c.Code == channelCode, ct);
    }

    private static IntakeOutcome.Refused Refused(IReadOnlyList<FieldProblem> problems)
    {
        var malformed = problems.Any(p => p.Field == "$");
        return new IntakeOutcome.Refused(
            malformed ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity,
            malformed ? "The body is not a readable order." : "The order is not valid.",
            problems.Select(p => (p.Field, p.Reason)).ToList());
    }

    private sealed record ExistingOrder(Guid Id, Guid? InstanceId, OrderStatus Status);
}

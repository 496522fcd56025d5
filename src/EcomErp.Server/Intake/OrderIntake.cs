using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Channels.Intake;
using EcomErp.Commerce.Orders;
using EcomErp.Commerce.Persistence;
using EcomErp.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace EcomErp.Server.Intake;

/// <summary>
/// Takes a channel's payload: keeps it byte for byte in the intake log before anything else, maps it, and then,
/// under PostgreSQL advisory locks on its event id and its channel order id, creates the order with its workflow,
/// applies a newer version, ignores an older one, parks an update that came before its create, or cancels the
/// order. Whatever happens is written to the payload's log record in the same transaction, so a 2xx always means
/// durable, and a failure leaves the record marked failed for the channel's retry or a replay.
/// </summary>
internal sealed partial class OrderIntake(
    WorkflowEngine engine,
    NpgsqlDataSource dataSource,
    TimeProvider time,
    IOptions<IntakeOptions> options,
    ILogger<OrderIntake> logger)
{
    public const string ProcessKey = "order-lifecycle";

    public async Task<IntakeOutcome> ReceiveAsync(IntakeRequest request, CancellationToken ct)
    {
        var record = IntakeRecord.Receive(request.Envelope, request.Body, time.GetUtcNow());
        await using (var db = Open())
        {
            db.IntakeRecords.Add(record);
            await db.SaveChangesAsync(ct);
        }

        try
        {
            return await ProcessAsync(request, record.Id, ct);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The server failed, not the payload: the record says so, and the channel is told to retry.
            logger.LogError(error, "Intake {IntakeId} from channel {ChannelCode} failed", record.Id,
                request.Channel.Code);
            await FinishAsync(record.Id, new IntakeDecision(IntakeStatus.Failed, null, Cause(error)),
                CancellationToken.None);
            return new IntakeOutcome.Failed(record.Id);
        }
    }

    /// <summary>
    /// The innermost error's words, which name the cause (a database error, a timeout); the outer ones only say
    /// that saving failed.
    /// </summary>
    private static string Cause(Exception error) => error.GetBaseException().Message;

    /// <summary>Processes a logged payload again, as a new record; null when there is no such payload.</summary>
    public async Task<IntakeOutcome?> ReplayAsync(long intakeId, string via, CancellationToken ct)
    {
        await using var db = Open();
        var original = await db.IntakeRecords.AsNoTracking().SingleOrDefaultAsync(r => r.Id == intakeId, ct);
        var channel = original is null
            ? null
            : await db.Channels.AsNoTracking().SingleOrDefaultAsync(c => c.Code == original.ChannelCode, ct);
        if (original?.Body is not { } body || channel is null)
        {
            return null;
        }

        var envelope = new IntakeEnvelope(channel.Code, original.Topic, original.EventId, via, original.Id);
        return await ReceiveAsync(new IntakeRequest(channel, envelope, body), ct);
    }

    /// <summary>Keeps a line for a payload refused before it could be trusted or stored.</summary>
    public async Task<long> AuditAsync(
        IntakeEnvelope envelope,
        long bodySize,
        string bodySha256,
        IntakeStatus status,
        string reason,
        CancellationToken ct)
    {
        await using var db = Open();
        var record = IntakeRecord.Audit(envelope, bodySize, bodySha256, status, reason, time.GetUtcNow());
        db.IntakeRecords.Add(record);
        await db.SaveChangesAsync(ct);
        logger.LogWarning("Payload for channel {ChannelCode} refused as {IntakeStatus}: {Reason}",
            envelope.ChannelCode, status, reason);
        return record.Id;
    }

    private async Task<IntakeOutcome> ProcessAsync(IntakeRequest request, long intakeId, CancellationToken ct)
    {
        var topic = ChannelTopics.Parse(request.Envelope.Topic);
        if (topic == ChannelTopic.Other)
        {
            var ignored = new IntakeDecision(IntakeStatus.Ignored, null,
                $"The topic '{request.Envelope.Topic}' is kept but not acted on.");
            return await FinishAsync(intakeId, ignored, ct);
        }

        (CanonicalOrder? Order, IReadOnlyList<FieldProblem> Problems, string? ChannelOrderId) mapped;
        await using (var db = Open())
        {
            mapped = await IntakeMapping.MapAsync(db, request.Channel, request.Body, options.Value.Limits, ct);
        }

        if (mapped.Order is null)
        {
            return await RefuseAsync(intakeId, mapped.Problems, mapped.ChannelOrderId, ct);
        }

        var decision = await DecideAsync(request, intakeId, topic, mapped.Order, ct);
        if (decision.Conflict is { } conflict)
        {
            logger.LogWarning("Intake {IntakeId} from channel {ChannelCode} for channel order {ChannelOrderId} " +
                "refused: {Reason}", intakeId, request.Channel.Code, mapped.Order.ChannelOrderId, decision.Reason);
            return new IntakeOutcome.Refused(intakeId, StatusCodes.Status409Conflict, decision.Reason!, [conflict]);
        }

        return decision.Cancels
            ? await CancelAsync(intakeId, decision, ct)
            : await OutcomeAsync(intakeId, decision, ct);
    }

    private async Task<IntakeDecision> DecideAsync(
        IntakeRequest request,
        long intakeId,
        ChannelTopic topic,
        CanonicalOrder canonical,
        CancellationToken ct)
    {
        await using var transaction = await engine.BeginAsync(ct);
        await using var db = await CommerceDatabase.OpenAsync(transaction.Connection, transaction.Transaction, ct);
        var record = await db.IntakeRecords.SingleAsync(r => r.Id == intakeId, ct);
        record.Identify(canonical.ChannelOrderId, canonical.UpdatedAt);
        var session = new IntakeSession(transaction, db, request.Channel, record, canonical, topic,
            time.GetUtcNow(), ct);
        var decision = await RepeatedEventAsync(session, request.EventIdHeader)
            ?? await DecideForOrderAsync(session);
        if (decision.Conflict is { } conflict)
        {
            record.Refuse([conflict], decision.Reason!, session.Now);
        }
        else if (!decision.Cancels)
        {
            record.Finish(decision.Status, decision.Reason, decision.OrderId, session.Now);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return decision;
    }

    private async Task<IntakeDecision> DecideForOrderAsync(IntakeSession session)
    {
        await session.LockOrderAsync();
        var existing = await session.Db.Orders.SingleOrDefaultAsync(o => o.ChannelCode == session.Channel.Code
            && o.ChannelOrderId == session.Canonical.ChannelOrderId, session.Ct);
        return existing is null ? await CreateOrParkAsync(session) : await ReviseAsync(session, existing);
    }

    /// <summary>
    /// A repeat of an event the log shows as handled: nothing is done again. An event id that comes back with
    /// another body is not a repeat but a reused key, and is refused, so that a second order is not mistaken for a
    /// duplicate of the first and silently dropped.
    /// </summary>
    private static async Task<IntakeDecision?> RepeatedEventAsync(IntakeSession session, string eventIdHeader)
    {
        if (session.Record.EventId is not { } eventId)
        {
            return null;
        }

        await session.LockAsync($"event:{session.Channel.Code}:{eventId}");
        var first = await session.Db.IntakeRecords.AsNoTracking()
            .Where(r => r.ChannelCode == session.Channel.Code && r.EventId == eventId && r.Id != session.Record.Id
                && IntakeRecord.HandledStatuses.Contains(r.Status))
            .OrderBy(r => r.Id)
            .FirstOrDefaultAsync(session.Ct);
        if (first is null)
        {
            return null;
        }

        return first.BodySha256 == session.Record.BodySha256
            ? new IntakeDecision(IntakeStatus.Duplicate, first.OrderId,
                $"Event {eventId} was handled by intake record {first.Id} ({first.Status}).")
            : ReusedKey(session, eventIdHeader, first);
    }

    private static IntakeDecision ReusedKey(IntakeSession session, string header, IntakeRecord first)
    {
        var orderId = session.Canonical.ChannelOrderId;
        var sameOrder = first.ChannelOrderId == orderId;
        var title = sameOrder
            ? $"The {header} header was used for another version of this order."
            : $"The {header} header was used for another order.";
        var reason = sameOrder
            ? $"was used for another version of channel order {orderId} (intake record {first.Id}); " +
              "send a changed order under a new key"
            : $"was used for another order (channel order {first.ChannelOrderId ?? "unknown"}, intake record " +
              $"{first.Id}); send channel order {orderId} under a new key";
        return new IntakeDecision(IntakeStatus.Refused, null, title, Conflict: new FieldProblem(header, reason));
    }

    private CommerceDbContext Open() => new(CommerceDatabase.CreateOptions(dataSource));
}

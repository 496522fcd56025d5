using EcomErp.Workflows.Messages;
using EcomErp.Workflows.Persistence;
using EcomErp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Workflows.Engine;

public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Publishes a message: it resumes the one instance waiting for its name and key, or starts instances through
    /// message start events, or is buffered until its time to live runs out. Two different instances waiting for
    /// the same name and key is an error the caller sees, never a random pick.
    /// </summary>
    public async Task<CorrelationResult> PublishMessageAsync(
        MessagePublication message,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(message.Name);
        for (var attempt = 0; attempt <= services.Options.TransientRetries; attempt++)
        {
            try
            {
                var result = await InTransactionAsync(session => TryPublishAsync(session, message), cancellationToken);
                if (result is not null)
                {
                    return result;
                }
            }
            catch (DbUpdateException error) when (message.MessageId is not null && IsUniqueViolation(error))
            {
                return new CorrelationResult(CorrelationOutcome.Duplicate);
            }
        }

        throw new WorkflowRequestException(WorkflowRequestError.Conflict,
            $"The waits for message '{message.Name}' with correlation key '{message.CorrelationKey}' kept changing " +
            "while it was published; publish it again.");
    }

    private static bool IsUniqueViolation(DbUpdateException error) =>
        error.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation };

    /// <returns>
    /// The outcome, or null when a subscription changed under us and the publication must start over.
    /// </returns>
    private async Task<CorrelationResult?> TryPublishAsync(ExecutionSession session, MessagePublication message)
    {
        var db = session.Db;
        var ct = session.CancellationToken;
        if (message.MessageId is { } id
            && await db.Messages.AnyAsync(m => m.Name == message.Name && m.MessageId == id, ct))
        {
            return new CorrelationResult(CorrelationOutcome.Duplicate);
        }

        var waiting = await WaitingInstancesAsync(session, message);
        if (waiting.Count > 1)
        {
            throw new WorkflowRequestException(WorkflowRequestError.Conflict,
                $"{waiting.Count} instances wait for message '{message.Name}' with correlation key " +
                $"'{message.CorrelationKey}' ({string.Join(", ", waiting)}); a message must identify exactly one.");
        }

        if (waiting.Count == 1)
        {
            return await DeliverAsync(session, waiting[0], message);
        }

        return await StartOrBufferAsync(session, message);
    }

    private static Task<List<Guid>> WaitingInstancesAsync(ExecutionSession session, MessagePublication message) =>
        session.Db.Subscriptions
            .Where(s => s.MessageName == message.Name && s.CorrelationKey == message.CorrelationKey)
            .Select(s => s.InstanceId)
            .Distinct()
            .ToListAsync(session.CancellationToken);

    private static async Task<CorrelationResult?> DeliverAsync(
        ExecutionSession session,
        Guid instanceId,
        MessagePublication message)
    {
        var execution = await session.LoadAsync(instanceId);
        var subscription = execution?.Waits.Subscriptions
            .Where(s => s.MessageName == message.Name && s.CorrelationKey == message.CorrelationKey)
            .OrderBy(s => s.CreatedAt)
            .FirstOrDefault();
        if (execution is not { IsRunning: true } || subscription is null)
        {
            return null;
        }

        RememberMessage(session, message, consumedBy: instanceId);
        await execution.DeliverMessageAsync(subscription, message.Name, message.Payload);
        return new CorrelationResult(CorrelationOutcome.Correlated, instanceId);
    }

    private async Task<CorrelationResult?> StartOrBufferAsync(ExecutionSession session, MessagePublication message)
    {
        var starts = await session.Db.MessageStarts
            .Where(m => m.MessageName == message.Name)
            .ToListAsync(session.CancellationToken);
        if (starts.Count > 0)
        {
            return await StartByMessageAsync(session, message, starts);
        }

        await session.LockCorrelationAsync(message.Name, message.CorrelationKey);
        if ((await WaitingInstancesAsync(session, message)).Count > 0)
        {
            return null;
        }

        if (message.TimeToLive <= TimeSpan.Zero)
        {
            // Not remembered under its id: a message nothing received may be sent again once something waits.
            return new CorrelationResult(CorrelationOutcome.NotCorrelated);
        }

        RememberMessage(session, message, consumedBy: null, buffered: true);
        return new CorrelationResult(CorrelationOutcome.Buffered);
    }

    private async Task<CorrelationResult> StartByMessageAsync(
        ExecutionSession session,
        MessagePublication message,
        List<MessageStartRecord> starts)
    {
        RememberMessage(session, message, consumedBy: null);
        Guid? first = null;
        foreach (var start in starts)
        {
            var process = await services.Definitions.GetAsync(
                session.Db, start.DefinitionId, session.CancellationToken);
            var node = process.Model.Node(start.ElementId);
            var variables = message.Payload?.ToDictionary(p => p.Key, p => p.Value?.DeepClone(), StringComparer.Ordinal)
                ?? [];
            var businessKey = message.CorrelationKey.Length == 0 ? null : message.CorrelationKey;
            var execution = await session.StartAsync(new StartInstruction(process, node, variables, businessKey));
            first ??= execution.Record.Id;
        }

        return new CorrelationResult(CorrelationOutcome.StartedInstance, first);
    }

    /// <summary>
    /// Keeps a row for the message: as a buffer entry while nothing waits for it, and under its message id so
    /// that a repeat is recognised. Messages without id that were delivered at once need no row.
    /// </summary>
    private static void RememberMessage(
        ExecutionSession session,
        MessagePublication message,
        Guid? consumedBy,
        bool buffered = false)
    {
        if (message.MessageId is null && !buffered)
        {
            return;
        }

        var ttl = buffered ? Min(message.TimeToLive, session.Services.Options.MaxMessageTimeToLive) : TimeSpan.Zero;
        session.Db.Messages.Add(new MessageRecord
        {
            Id = Guid.NewGuid(),
            Name = message.Name,
            CorrelationKey = message.CorrelationKey,
            MessageId = message.MessageId,
            Payload = message.Payload?.ToJsonString(),
            PublishedAt = session.Now,
            ExpiresAt = session.Now + ttl,
            ConsumedAt = buffered ? null : session.Now,
            ConsumedByInstanceId = consumedBy,
        });
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}

using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Channels.Intake;
using EcomErp.Commerce.Orders;
using EcomErp.Commerce.Persistence;
using EcomErp.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Server.Intake;

/// <summary>One payload being applied, in the transaction that applies it.</summary>
internal sealed record IntakeSession(
    WorkflowTransaction Transaction,
    CommerceDbContext Db,
    Channel Channel,
    IntakeRecord Record,
    CanonicalOrder Canonical,
    ChannelTopic Topic,
    DateTimeOffset Now,
    CancellationToken Ct)
{
    /// <summary>
    /// Serialises the work on one key across every server process until the transaction ends: the key is hashed
    /// into a PostgreSQL transaction-level advisory lock.
    /// </summary>
    public Task LockAsync(string key) =>
        Db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", Ct);

    /// <summary>The lock every request for this channel order takes.</summary>
    public Task LockOrderAsync() => LockAsync($"order:{Channel.Code}:{Canonical.ChannelOrderId}");
}

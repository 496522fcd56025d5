using EcomErp.Workflows.Persistence;
using Npgsql;

namespace EcomErp.Workflows.Runtime;

/// <summary>
/// Locks an instance row and reads it with everything it waits on in one round trip: a batch of two statements,
/// the lock first, so that the waits are read with a snapshot taken after the lock was granted. The rows are then
/// tracked by the session's context as if a query had loaded them.
/// </summary>
internal static class InstanceLoader
{
    private const string LockInstance = """
        SELECT to_jsonb(i) || jsonb_build_object('state', i.state::text)
        FROM workflow.instances i WHERE i.id = $1 FOR UPDATE
        """;

    private const string ReadWaits = """
        SELECT 's', to_jsonb(s) FROM workflow.subscriptions s WHERE s.instance_id = $1
        UNION ALL
        SELECT 'j', to_jsonb(j) || jsonb_build_object('payload', j.payload::text)
        FROM workflow.jobs j WHERE j.instance_id = $1
        UNION ALL
        SELECT 't', to_jsonb(t) || jsonb_build_object('input', t.input::text)
        FROM workflow.user_tasks t WHERE t.instance_id = $1 AND t.status = 'Open'
        UNION ALL
        SELECT 'i', to_jsonb(x) FROM workflow.incidents x WHERE x.instance_id = $1 AND x.resolved_at IS NULL
        """;

    /// <returns>The locked instance and its waits, or null when the instance does not exist.</returns>
    public static async Task<(InstanceRecord Record, InstanceWaits Waits)?> LoadAsync(
        ExecutionSession session,
        Guid instanceId)
    {
        await using var batch = new NpgsqlBatch(session.Connection, session.Transaction)
        {
            BatchCommands = { Command(LockInstance, instanceId), Command(ReadWaits, instanceId) },
        };
        await using var reader = await batch.ExecuteReaderAsync(session.CancellationToken);
        if (!await reader.ReadAsync(session.CancellationToken))
        {
            return null;
        }

        var record = RowJson.Track(session.Db, RowJson.Read<InstanceRecord>(reader.GetString(0)));
        await reader.NextResultAsync(session.CancellationToken);
        var waits = new InstanceWaits();
        while (await reader.ReadAsync(session.CancellationToken))
        {
            Add(session.Db, waits, reader.GetString(0), reader.GetString(1));
        }

        return (record, waits);
    }

    private static void Add(WorkflowDbContext db, InstanceWaits waits, string kind, string row)
    {
        switch (kind)
        {
            case "s": waits.Subscriptions.Add(RowJson.Track(db, RowJson.Read<SubscriptionRecord>(row))); break;
            case "j": waits.Jobs.Add(RowJson.Track(db, RowJson.Read<JobRecord>(row))); break;
            case "t": waits.UserTasks.Add(RowJson.Track(db, RowJson.Read<UserTaskRecord>(row))); break;
            default: waits.Incidents.Add(RowJson.Track(db, RowJson.Read<IncidentRecord>(row))); break;
        }
    }

    private static NpgsqlBatchCommand Command(string sql, Guid instanceId) =>
        new(sql) { Parameters = { new NpgsqlParameter { Value = instanceId } } };
}

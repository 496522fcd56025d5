using System.Text.Json.Nodes;
using EcomErp.Workflows.Observability;
using EcomErp.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EcomErp.Workflows.Runtime;

/// <summary>
/// One database transaction of engine work: the instances it has locked, the rows it will write, and the events
/// it will report once the transaction commits. Everything a step changes is saved by <see cref="SaveAsync"/>.
/// </summary>
internal sealed partial class ExecutionSession : IAsyncDisposable
{
    public const string JobsChannel = "ecomerp_workflow_jobs";

    private readonly Dictionary<Guid, InstanceExecution> instances = [];
    private readonly List<WorkflowEvent> events = [];
    private readonly JournalWriter journal = new();
    private bool jobsChanged;

    public ExecutionSession(
        EngineServices services,
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        CancellationToken cancellationToken)
    {
        Services = services;
        Connection = connection;
        Transaction = transaction;
        CancellationToken = cancellationToken;
        Now = services.Time.GetUtcNow();
        Db = new WorkflowDbContext(WorkflowDbContext.WithoutConnection);
        Db.Database.SetDbConnection(connection);
        Db.Database.UseTransaction(transaction);
        Db.Database.AutoSavepointsEnabled = false;
    }

    public EngineServices Services { get; }

    public NpgsqlConnection Connection { get; }

    public NpgsqlTransaction Transaction { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The instant the session treats as now, fixed so that one step sees one clock.</summary>
    public DateTimeOffset Now { get; }

    public WorkflowDbContext Db { get; }

    public IReadOnlyList<WorkflowEvent> Events => events;

    public ValueTask DisposeAsync() => Db.DisposeAsync();

    /// <summary>Locks an instance row for this transaction and loads its state and waits, in one round trip.</summary>
    public async Task<InstanceExecution?> LoadAsync(Guid instanceId)
    {
        if (instances.TryGetValue(instanceId, out var loaded))
        {
            return loaded;
        }

        if (await InstanceLoader.LoadAsync(this, instanceId) is not var (record, waits))
        {
            return null;
        }

        var process = await Services.Definitions.GetAsync(Db, record.DefinitionId, CancellationToken);
        var execution = new InstanceExecution(this, record, process, InstanceState.Deserialize(record.State), waits);
        instances[instanceId] = execution;
        return execution;
    }

    /// <summary>Creates an instance of a published version and runs it from the given start event.</summary>
    public async Task<InstanceExecution> StartAsync(StartInstruction start)
    {
        var record = new InstanceRecord
        {
            Id = Guid.CreateVersion7(Now),
            DefinitionId = start.Process.DefinitionId,
            ProcessKey = start.Process.Key,
            Version = start.Process.Version,
            BusinessKey = start.BusinessKey,
            Status = InstanceStatus.Running,
            State = "{}",
            ParentInstanceId = start.ParentInstanceId,
            ParentTokenId = start.ParentTokenId,
            StartedAt = Now,
            UpdatedAt = Now,
        };
        Db.Instances.Add(record);
        var execution = new InstanceExecution(this, record, start.Process, new InstanceState(), InstanceWaits.Empty());
        instances[record.Id] = execution;
        await execution.StartAsync(start.StartEvent, start.Variables);
        return execution;
    }

    /// <summary>Runs every loaded instance until none has a token that can move without waiting.</summary>
    public async Task RunAsync()
    {
        bool progressed;
        do
        {
            progressed = false;
            foreach (var execution in instances.Values.ToList())
            {
                progressed |= await execution.RunAsync();
            }
        }
        while (progressed);
    }

    public async Task SaveAsync()
    {
        foreach (var execution in instances.Values)
        {
            execution.Record.State = execution.State.Serialize();
            execution.Record.UpdatedAt = Now;
        }

        await Db.SaveChangesAsync(CancellationToken);
        await using var batch = new NpgsqlBatch(Connection, Transaction);
        if (journal.TakeInsert() is { } insert)
        {
            batch.BatchCommands.Add(insert);
        }

        if (jobsChanged)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT pg_notify('{JobsChannel}', '')"));
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(CancellationToken);
        }
    }

    /// <summary>
    /// Records that a job was added or moved, so that sleeping workers are woken when the transaction commits and
    /// look again for the earliest due time; nothing polls for new work.
    /// </summary>
    public void NoteJobScheduled() => jobsChanged = true;

    public void Raise(WorkflowEvent workflowEvent) => events.Add(workflowEvent);

    public void Journal(Guid instanceId, string kind, string? elementId, Guid? tokenId, object? detail = null) =>
        journal.Add(instanceId, Now, kind, elementId, tokenId, detail);

    /// <summary>
    /// Takes the oldest unexpired buffered message for a subscription that is opening, under the same advisory
    /// lock a publisher takes before buffering, so a message and its wait can never miss each other.
    /// </summary>
    public async Task<MessageRecord?> TakeBufferedMessageAsync(string name, string correlationKey, Guid instanceId)
    {
        await using var batch = new NpgsqlBatch(Connection, Transaction)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand(LockCorrelationSql)
                {
                    Parameters = { Parameter(CorrelationLockKey(name, correlationKey)) },
                },
                new NpgsqlBatchCommand(TakeOldestSql)
                {
                    Parameters = { Parameter(name), Parameter(correlationKey), Parameter(Now), Parameter(instanceId) },
                },
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(CancellationToken);
        await reader.NextResultAsync(CancellationToken);
        return await reader.ReadAsync(CancellationToken)
            ? RowJson.Track(Db, RowJson.Read<MessageRecord>(reader.GetString(0)))
            : null;
    }

    public Task LockCorrelationAsync(string name, string correlationKey) =>
        Db.Database.ExecuteSqlAsync(
            $"SELECT pg_advisory_xact_lock(hashtextextended({CorrelationLockKey(name, correlationKey)}, 0))",
            CancellationToken);

    private const string LockCorrelationSql = "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))";

    /// <summary>Marks the oldest unexpired buffered message for a name and key consumed, and returns it.</summary>
    private const string TakeOldestSql = """
        UPDATE workflow.messages m SET consumed_at = $3, consumed_by_instance_id = $4
        WHERE m.id = (
            SELECT id FROM workflow.messages
            WHERE name = $1 AND correlation_key = $2 AND consumed_at IS NULL AND expires_at > $3
            ORDER BY published_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING to_jsonb(m) || jsonb_build_object('payload', m.payload::text)
        """;

    private static string CorrelationLockKey(string name, string correlationKey) => name + "\u0001" + correlationKey;

    private static NpgsqlParameter Parameter(object value) => new() { Value = value };

    public static JsonObject? ParsePayload(string? json) =>
        json is null ? null : JsonNode.Parse(json) as JsonObject;

}

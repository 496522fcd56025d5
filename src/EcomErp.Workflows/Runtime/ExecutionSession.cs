using System.Text.Json;
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
        Db = new WorkflowDbContext(WorkflowDbContext.OptionsFor(connection));
        Db.Database.UseTransaction(transaction);
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

    /// <summary>Locks an instance row for this transaction and loads its state and waits.</summary>
    public async Task<InstanceExecution?> LoadAsync(Guid instanceId)
    {
        if (instances.TryGetValue(instanceId, out var loaded))
        {
            return loaded;
        }

        var record = await Db.Instances
            .FromSql($"SELECT * FROM workflow.instances WHERE id = {instanceId} FOR UPDATE")
            .SingleOrDefaultAsync(CancellationToken);
        if (record is null)
        {
            return null;
        }

        var process = await Services.Definitions.GetAsync(Db, record.DefinitionId, CancellationToken);
        var waits = await InstanceWaits.LoadAsync(Db, instanceId, CancellationToken);
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
        if (jobsChanged)
        {
            await Db.Database.ExecuteSqlAsync($"SELECT pg_notify({JobsChannel}, '')", CancellationToken);
        }
    }

    /// <summary>
    /// Records that a job was added or moved, so that sleeping workers are woken when the transaction commits and
    /// look again for the earliest due time; nothing polls for new work.
    /// </summary>
    public void NoteJobScheduled() => jobsChanged = true;

    public void Raise(WorkflowEvent workflowEvent) => events.Add(workflowEvent);

    public void Journal(Guid instanceId, string kind, string? elementId, Guid? tokenId, object? detail = null) =>
        Db.Journal.Add(new JournalRecord
        {
            InstanceId = instanceId,
            At = Now,
            Kind = kind,
            ElementId = elementId,
            TokenId = tokenId,
            Detail = detail is null ? null : JsonSerializer.Serialize(detail, JournalJson),
        });

    /// <summary>
    /// Takes the oldest unexpired buffered message for a subscription that is opening, under the same advisory
    /// lock a publisher takes before buffering, so a message and its wait can never miss each other.
    /// </summary>
    public async Task<MessageRecord?> TakeBufferedMessageAsync(string name, string correlationKey, Guid instanceId)
    {
        await LockCorrelationAsync(name, correlationKey);
        var message = await Db.Messages
            .FromSql($"""
                SELECT * FROM workflow.messages
                WHERE name = {name} AND correlation_key = {correlationKey}
                  AND consumed_at IS NULL AND expires_at > {Now}
                ORDER BY published_at LIMIT 1 FOR UPDATE SKIP LOCKED
                """)
            .SingleOrDefaultAsync(CancellationToken);
        if (message is not null)
        {
            message.ConsumedAt = Now;
            message.ConsumedByInstanceId = instanceId;
        }

        return message;
    }

    public Task LockCorrelationAsync(string name, string correlationKey) =>
        Db.Database.ExecuteSqlAsync(
            $"SELECT pg_advisory_xact_lock(hashtextextended({name + "\u0001" + correlationKey}, 0))",
            CancellationToken);

    public static JsonObject? ParsePayload(string? json) =>
        json is null ? null : JsonNode.Parse(json) as JsonObject;

    private static readonly JsonSerializerOptions JournalJson = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}

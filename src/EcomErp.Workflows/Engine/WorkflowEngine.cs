using System.Data;
using EcomErp.Workflows.Activities;
using EcomErp.Workflows.Definitions;
using EcomErp.Workflows.Expressions;
using EcomErp.Workflows.Observability;
using EcomErp.Workflows.Publishing;
using EcomErp.Workflows.Runtime;
using Npgsql;

namespace EcomErp.Workflows.Engine;

/// <summary>
/// The engine's entry point: start instances, publish messages, complete user tasks, run due jobs, retry
/// incidents and cancel instances. Every call is one database transaction; a transaction that loses a
/// deadlock or serialization race is tried again from the start.
/// </summary>
/// <remarks>
/// <para>
/// Timers always fire from a job, never synchronously when their token arrives, even when they are already due
/// (<c>PT0S</c>, or a date in the past). A message published in the same moment as a due timer therefore wins an
/// event-based gateway or an interrupting boundary if it is correlated before a worker runs the timer job; the
/// timer job is then removed in the same transaction. This matches Camunda 7, where due timers are jobs too.
/// </para>
/// <para>
/// Other semantics this engine decided where BPMN leaves a choice: an exclusive or inclusive gateway (or an
/// activity with conditional flows) that can select no flow raises an incident on that element, and a retry
/// evaluates the conditions again; a BPMN error that nothing catches is an incident on the throwing element; a
/// failed job is retried with its task's backoff doubling per attempt, then becomes an incident; a timer that fell
/// due while no worker ran fires once soon after, and a cycle resumes its rhythm from then on.
/// </para>
/// </remarks>
public sealed partial class WorkflowEngine
{
    private readonly NpgsqlDataSource dataSource;
    private readonly EngineServices services;

    public WorkflowEngine(
        NpgsqlDataSource dataSource,
        IActivityCatalog catalog,
        IWorkflowObserver observer,
        TimeProvider time,
        WorkflowEngineOptions options,
        ExpressionEvaluator? expressions = null)
    {
        this.dataSource = dataSource;
        var cache = new DefinitionCache();
        var evaluator = expressions ?? new ExpressionEvaluator();
        services = new EngineServices(catalog, evaluator, observer, time, cache, options);
        Definitions = new DefinitionStore(dataSource, catalog, observer, time, cache);
    }

    public DefinitionStore Definitions { get; }

    public WorkflowEngineOptions Options => services.Options;

    internal EngineServices Services => services;

    /// <summary>
    /// Opens a transaction the caller can write to and then hand to
    /// <see cref="StartAsync(WorkflowTransaction, string, StartOptions, CancellationToken)"/>.
    /// </summary>
    public async Task<WorkflowTransaction> BeginAsync(CancellationToken cancellationToken = default)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        return new WorkflowTransaction(connection, transaction, services.Observer);
    }

    /// <summary>Starts the newest version of a process at its none start event, in a transaction of its own.</summary>
    public Task<StartedInstance> StartAsync(
        string processKey,
        StartOptions options,
        CancellationToken cancellationToken = default) =>
        InTransactionAsync(session => StartInSessionAsync(session, processKey, options), cancellationToken);

    /// <summary>Starts an instance inside the caller's transaction; it commits when the caller commits.</summary>
    public async Task<StartedInstance> StartAsync(
        WorkflowTransaction transaction,
        string processKey,
        StartOptions options,
        CancellationToken cancellationToken = default)
    {
        await using var session = new ExecutionSession(
            services, transaction.Connection, transaction.Transaction, cancellationToken);
        var started = await StartInSessionAsync(session, processKey, options);
        await session.RunAsync();
        await session.SaveAsync();
        transaction.Report(session.Events);
        return started;
    }

    private static async Task<StartedInstance> StartInSessionAsync(
        ExecutionSession session,
        string processKey,
        StartOptions options)
    {
        var process = await session.Services.Definitions.LatestAsync(session.Db, processKey, session.CancellationToken)
            ?? throw new WorkflowRequestException(
                WorkflowRequestError.NotFound, $"No version of process '{processKey}' is published.");
        var start = process.Model.TopLevel
            .FirstOrDefault(n => n.Kind == ElementKind.StartEvent && n.Event.Kind == EventKind.None)
            ?? throw new WorkflowRequestException(WorkflowRequestError.Invalid,
                $"Process '{processKey}' has no none start event; it starts by message or timer.");
        var instruction = new StartInstruction(process, start, options.Variables, options.BusinessKey);
        var execution = await session.StartAsync(instruction);
        await session.RunAsync();
        return new StartedInstance(execution.Record.Id, process.Key, process.Version, execution.Record.Status);
    }

    /// <summary>Cancels a running instance and everything it started.</summary>
    public Task CancelInstanceAsync(Guid instanceId, string reason, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async session =>
        {
            var execution = await session.LoadAsync(instanceId)
                ?? throw new WorkflowRequestException(
                    WorkflowRequestError.NotFound, $"Instance {instanceId} does not exist.");
            if (!execution.IsRunning)
            {
                throw new WorkflowRequestException(WorkflowRequestError.Conflict,
                    $"Instance {instanceId} is {execution.Record.Status.ToString().ToLowerInvariant()}, not running.");
            }

            await execution.CancelAsync(reason);
            return true;
        }, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in a new transaction with a fresh session, then moves every loaded instance as
    /// far as it can go, saves and commits. Events are reported only after the commit.
    /// </summary>
    internal async Task<T> InTransactionAsync<T>(
        Func<ExecutionSession, Task<T>> work,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunOnceAsync(work, cancellationToken);
            }
            catch (PostgresException error) when (IsTransient(error) && attempt <= services.Options.TransientRetries)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(10 * attempt * attempt), CancellationToken.None);
            }
        }
    }

    private async Task<T> RunOnceAsync<T>(Func<ExecutionSession, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction =
            await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        await using var session = new ExecutionSession(services, connection, transaction, cancellationToken);
        var result = await work(session);
        await session.RunAsync();
        await session.SaveAsync();
        await transaction.CommitAsync(cancellationToken);
        Report(session.Events);
        return result;
    }

    internal void Report(IEnumerable<WorkflowEvent> events)
    {
        foreach (var workflowEvent in events)
        {
            services.Observer.OnEvent(workflowEvent);
        }
    }

    internal static bool IsTransient(Exception error) =>
        IsRace(error as PostgresException) || IsRace(error.InnerException as PostgresException);

    private static bool IsRace(PostgresException? error) =>
        error?.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure;
}

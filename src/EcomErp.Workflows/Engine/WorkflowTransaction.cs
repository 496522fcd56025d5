using EcomErp.Workflows.Observability;
using Npgsql;

namespace EcomErp.Workflows.Engine;

/// <summary>
/// A database transaction shared by the engine and the caller's own writes, so that, for example, an order row
/// and the instance that processes it commit together. The engine's events are reported once it commits.
/// </summary>
public sealed class WorkflowTransaction : IAsyncDisposable
{
    private readonly IWorkflowObserver observer;
    private readonly List<WorkflowEvent> pending = [];

    internal WorkflowTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction, IWorkflowObserver observer)
    {
        Connection = connection;
        Transaction = transaction;
        this.observer = observer;
    }

    public NpgsqlConnection Connection { get; }

    public NpgsqlTransaction Transaction { get; }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        await Transaction.CommitAsync(cancellationToken);
        foreach (var workflowEvent in pending)
        {
            observer.OnEvent(workflowEvent);
        }

        pending.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }

    internal void Report(IEnumerable<WorkflowEvent> events) => pending.AddRange(events);
}

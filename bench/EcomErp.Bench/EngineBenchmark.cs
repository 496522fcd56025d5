using System.Diagnostics;
using System.Text.Json.Nodes;
using EcomErp.Workflows.Engine;
using EcomErp.Workflows.Messages;
using EcomErp.Workflows.Observability;
using EcomErp.Workflows.Runtime;
using Npgsql;

namespace EcomErp.Bench;

/// <summary>
/// Runs K instances of a representative order process from C concurrent callers: each caller starts an instance
/// (four service tasks and a gateway run inside that step) and then publishes the message it waits for.
/// </summary>
internal sealed class EngineBenchmark(NpgsqlDataSource dataSource, BenchOptions options)
{
    private readonly WorkflowEngine engine = new(
        dataSource,
        new BenchCatalog(),
        NullWorkflowObserver.Instance,
        TimeProvider.System,
        new WorkflowEngineOptions());

    private readonly Latencies latencies = new();
    private int next;
    private int done;

    public async Task<EngineResult> RunAsync(string prefix, int instances, bool report)
    {
        next = 0;
        done = 0;
        var commitsBefore = await CommitsAsync();
        var watch = Stopwatch.StartNew();
        using var progress = report ? new Timer(_ => Report(watch, instances), null, 1000, 1000) : null;
        await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => CallerAsync(prefix, instances)));
        var elapsed = watch.Elapsed;
        var steps = await StepsAsync(prefix);
        var commits = await CommitsAsync() - commitsBefore;
        var (p50, p99) = (latencies.Percentile(0.5), latencies.Percentile(0.99));
        return new EngineResult(instances, elapsed, steps, commits, p50, p99);
    }

    public Task PublishAsync(string xml) => engine.Definitions.PublishAsync(xml, "bench");

    private async Task CallerAsync(string prefix, int instances)
    {
        for (var i = Interlocked.Increment(ref next); i <= instances; i = Interlocked.Increment(ref next))
        {
            var orderId = $"{prefix}-{i}";
            var variables = new Dictionary<string, JsonNode?> { ["orderId"] = orderId, ["amount"] = i % 1000 };
            await latencies.MeasureAsync(() => engine.StartAsync("benchOrder", new StartOptions(orderId, variables)));
            var shipped = new MessagePublication("orderShipped", orderId);
            var result = await latencies.MeasureAsync(() => engine.PublishMessageAsync(shipped));
            if (result.Outcome != CorrelationOutcome.Correlated)
            {
                throw new InvalidOperationException($"The message for {orderId} was {result.Outcome}.");
            }

            Interlocked.Increment(ref done);
        }
    }

    private void Report(Stopwatch watch, int instances) =>
        Console.WriteLine($"  {done,6}/{instances} instances, {done / watch.Elapsed.TotalSeconds,7:F1}/s");

    private async Task<long> StepsAsync(string prefix)
    {
        await using var count = dataSource.CreateCommand("""
            SELECT count(*) FROM workflow.journal j JOIN workflow.instances i ON i.id = j.instance_id
            WHERE j.kind = 'ElementEntered' AND i.business_key LIKE $1
            """);
        count.Parameters.Add(new NpgsqlParameter { Value = prefix + "-%" });
        return (long)(await count.ExecuteScalarAsync())!;
    }

    /// <summary>Committed transactions of this database, as PostgreSQL's statistics count them.</summary>
    private async Task<long> CommitsAsync()
    {
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await using var read = dataSource.CreateCommand(
            "SELECT pg_stat_clear_snapshot(); " +
            "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()");
        await using var reader = await read.ExecuteReaderAsync();
        await reader.NextResultAsync();
        await reader.ReadAsync();
        return reader.GetInt64(0);
    }
}

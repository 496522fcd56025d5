using EcomErp.Workflows.Engine;
using EcomErp.Workflows.Observability;
using EcomErp.Workflows.Runtime;
using Npgsql;

namespace EcomErp.Workflows.Jobs;

/// <summary>
/// Runs due jobs and timers until stopped. It sleeps until the next job falls due, and wakes early when a
/// transaction that scheduled work commits (PostgreSQL LISTEN/NOTIFY), so idle servers do not poll hot.
/// </summary>
public sealed class JobWorker(
    WorkflowEngine engine,
    NpgsqlDataSource dataSource,
    TimeProvider time,
    IWorkflowObserver observer)
{
    private static readonly TimeSpan PauseAfterFault = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ShortestSleep = TimeSpan.FromMilliseconds(50);

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAndRunAsync(stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                observer.OnEvent(new WorkflowEvent(WorkflowEventKind.JobFailed, null, null, null, null,
                    "the job worker lost its database connection; it starts again shortly") { Exception = error });
                await Task.Delay(PauseAfterFault, time, stoppingToken);
            }
        }
    }

    private async Task ListenAndRunAsync(CancellationToken stoppingToken)
    {
        await using var listener = await dataSource.OpenConnectionAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {ExecutionSession.JobsChannel}", listener))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            while (await engine.RunDueJobsAsync(stoppingToken) >= engine.Options.JobBatchSize)
            {
            }

            var sleep = await SleepTimeAsync(stoppingToken);
            await listener.WaitAsync(sleep < ShortestSleep ? ShortestSleep : sleep, stoppingToken);
        }
    }

    private async Task<TimeSpan> SleepTimeAsync(CancellationToken stoppingToken)
    {
        var idle = engine.Options.IdlePollInterval;
        var next = await engine.NextJobDueAsync(stoppingToken);
        if (next is null)
        {
            return idle;
        }

        var untilDue = next.Value - time.GetUtcNow();
        return untilDue < idle ? untilDue : idle;
    }
}

using EcomErp.Workflows.Jobs;

namespace EcomErp.Server.Hosting;

/// <summary>Runs the engine's job worker for as long as the server runs.</summary>
internal sealed class JobWorkerService(JobWorker worker, StartupGate gate) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await gate.WaitAsync(stoppingToken);
        await worker.RunAsync(stoppingToken);
    }
}

using EcomErp.Server.Hosting;
using Microsoft.Extensions.Options;

namespace EcomErp.Server.Inventory;

/// <summary>
/// Runs the availability dispatcher and the recurring inventory jobs for as long as the server runs. A failing
/// round is logged once and tried again at the next tick.
/// </summary>
internal sealed class InventoryBackgroundService(
    AvailabilityDispatcher dispatcher,
    InventoryJobs jobs,
    IOptions<InventoryOptions> options,
    TimeProvider time,
    StartupGate gate,
    ILogger<InventoryBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await gate.WaitAsync(stoppingToken);
        var nextJobs = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            await RoundAsync(nextJobs <= time.GetUtcNow(), stoppingToken);
            nextJobs = nextJobs <= time.GetUtcNow() ? time.GetUtcNow() + options.Value.SchedulerTick : nextJobs;
            await Task.Delay(options.Value.DispatchInterval, time, stoppingToken);
        }
    }

    private async Task RoundAsync(bool runJobs, CancellationToken ct)
    {
        try
        {
            while (await dispatcher.DispatchOnceAsync(ct) > 0)
            {
            }

            if (runJobs)
            {
                await jobs.RunDueAsync(ct);
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogError(failure, "An inventory background round failed; it runs again at the next tick");
        }
    }
}

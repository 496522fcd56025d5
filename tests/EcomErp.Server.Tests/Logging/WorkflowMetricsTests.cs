using System.Diagnostics.Metrics;
using EcomErp.Server.Logging;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Logging;

public sealed class WorkflowMetricsTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task OrderIntake_StartsAnInstance_CountsItPerProcess()
    {
        var started = new List<(long Value, object? Process)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == WorkflowMetrics.MeterName
                && instrument.Name == "ecomerp.workflow.instances.started")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            lock (started)
            {
                started.Add((value, tags.ToArray().Single(t => t.Key == "process").Value));
            }
        });
        listener.Start();

        await new OrderApi(server).CreateAsync("shopify", Samples.ShopifyOpen(Samples.NewShopifyId()));

        Assert.Contains((1L, (object?)"order-lifecycle"), started);
    }
}

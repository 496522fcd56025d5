using System.Diagnostics;
using EcomErp.Workflows.Engine;
using EcomErp.Workflows.Jobs;
using EcomErp.Workflows.Observability;
using EcomErp.Workflows.Persistence;
using EcomErp.Workflows.Runtime;

namespace EcomErp.Workflows.Tests.Jobs;

public sealed class JobWorkerTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>
{
    [Fact]
    public async Task RunAsync_JobScheduledWhileWorkerSleeps_WokenByNotificationNotByPolling()
    {
        await using var client = new TestEngine(database.ConnectionString);
        client.Catalog.Activity("ping", _ => throw new InvalidOperationException("only the worker runs jobs"));
        await client.PublishAsync(Bpmn.Definitions("""
            <process id="woken" isExecutable="true">
              <startEvent id="start"/>
              <sequenceFlow id="f1" sourceRef="start" targetRef="call"/>
              <serviceTask id="call" erp:activity="ping" erp:async="true"/>
              <sequenceFlow id="f2" sourceRef="call" targetRef="end"/>
              <endEvent id="end"/>
            </process>
            """));
        var ran = new TaskCompletionSource();
        var catalog = new TestCatalog();
        catalog.Activity("ping", _ => ran.TrySetResult());
        var options = new WorkflowEngineOptions { WorkerId = "sleeper", IdlePollInterval = TimeSpan.FromMinutes(10) };
        var engine = new WorkflowEngine(client.DataSource, catalog, NullWorkflowObserver.Instance, TimeProvider.System,
            options);
        using var stop = new CancellationTokenSource();
        var worker = new JobWorker(engine, client.DataSource, TimeProvider.System, NullWorkflowObserver.Instance);
        var running = Task.Run(() => worker.RunAsync(stop.Token));
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        client.Time.SetUtcNow(DateTimeOffset.UtcNow);
        var watch = Stopwatch.StartNew();
        var id = await client.StartAsync("woken");
        await ran.Task.WaitAsync(TimeSpan.FromSeconds(20));
        var wokenAfter = watch.Elapsed;
        var instance = await WaitForStatusAsync(client, id);
        await stop.CancelAsync();
        await running.ContinueWith(_ => { }, TaskScheduler.Default);

        Assert.True(wokenAfter < TimeSpan.FromSeconds(10), $"The worker took {wokenAfter} to notice the job.");
        Assert.Equal(InstanceStatus.Completed, instance.Status);
    }

    private static async Task<InstanceRecord> WaitForStatusAsync(TestEngine engine, Guid id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var instance = await engine.InstanceAsync(id);
        while (instance.Status == InstanceStatus.Running && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            instance = await engine.InstanceAsync(id);
        }

        return instance;
    }
}

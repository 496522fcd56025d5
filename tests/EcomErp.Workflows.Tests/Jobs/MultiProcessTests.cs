using EcomErp.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace EcomErp.Workflows.Tests.Jobs;

/// <summary>
/// Several engine processes on one database. Each job's activity records its run in <c>executions</c> inside the
/// step's transaction, under a primary key per instance and element, so a second run would fail loudly.
/// </summary>
public sealed class MultiProcessTests : IAsyncLifetime
{
    private readonly WorkflowDatabase database = new();

    private static readonly TimeSpan HostTimeout = TimeSpan.FromSeconds(90);
    private static readonly string Model = Path.Combine(AppContext.BaseDirectory, "Jobs/durable.bpmn");

    [Fact]
    public async Task RunDueJobs_TwoProcessesShareSixtyJobs_EachJobRunsExactlyOnce()
    {
        await using var engine = await PrepareAsync();
        var instances = new List<Guid>();
        for (var i = 0; i < 60; i++)
        {
            instances.Add(await engine.StartAsync("durable", new { orderId = $"o-{i}" }));
        }

        string[] competing = ["--work-delay-ms", "10", "--wait-for-go"];
        using var first = HostProcess.Start(database.ConnectionString, "host-a", competing);
        using var second = HostProcess.Start(database.ConnectionString, "host-b", competing);
        first.WaitForLine("READY", HostTimeout);
        second.WaitForLine("READY", HostTimeout);
        first.Go();
        second.Go();
        var ran = await first.RunToEndAsync(HostTimeout) + await second.RunToEndAsync(HostTimeout);

        var executions = await ExecutionsAsync(engine);
        Assert.Equal(60, ran);
        Assert.Equal(instances.Order(), executions.Where(e => e.Element == "prepare").Select(e => e.Instance).Order());
        Assert.Equal(60, executions.Count);
        Assert.Equal(["host-a", "host-b"], executions.Select(e => e.Worker).Distinct().Order());
        Assert.Equal(0, await JournalCountAsync(engine, "JobAttemptFailed"));
        Assert.Equal(60, await WaitingAtAsync(engine, "cool"));
    }

    [Fact]
    public async Task RunDueJobs_ProcessKilledMidStepThenRestarted_WaitsTimersAndJobsCarryOnOnce()
    {
        await using var engine = await PrepareAsync();
        var id = await engine.StartAsync("durable", new { orderId = "kill-1" });

        using (var doomed = HostProcess.Start(database.ConnectionString, "host-doomed", "--hang", "--lease", "30"))
        {
            doomed.WaitForLine("HANG", HostTimeout);
            doomed.Kill();
        }

        var afterKill = await ExecutionsAsync(engine);
        var beforeLease = await RunHostAsync("host-early", clockOffset: TimeSpan.FromSeconds(10));
        var afterLease = await RunHostAsync("host-late", clockOffset: TimeSpan.FromSeconds(31));
        var timerEarly = await RunHostAsync("host-timer-early", clockOffset: TimeSpan.FromMinutes(59));
        var timerDue = await RunHostAsync("host-timer", clockOffset: TimeSpan.FromHours(3));
        var timerAgain = await RunHostAsync("host-timer-again", clockOffset: TimeSpan.FromHours(6));
        engine.Time.SetUtcNow(DateTimeOffset.UtcNow + TimeSpan.FromHours(6));
        await engine.SendAsync("shipmentConfirmed", "kill-1");
        var finished = await RunHostAsync("host-finish", clockOffset: TimeSpan.FromHours(7));

        Assert.Empty(afterKill);
        Assert.Equal((0, 1, 0, 1, 0, 1), (beforeLease, afterLease, timerEarly, timerDue, timerAgain, finished));
        var executions = await ExecutionsAsync(engine);
        Assert.Equal([("finish", "host-finish"), ("prepare", "host-late")],
            executions.Select(e => (e.Element, e.Worker)).Order());
        Assert.Equal(1, await JournalCountAsync(engine, "TimerFired"));
        Assert.Equal(0, await JournalCountAsync(engine, "JobAttemptFailed"));
        Assert.Equal(["start", "prepare", "cool", "confirmation", "finish", "end"], await engine.VisitedAsync(id));
        Assert.Equal(InstanceStatus.Completed, (await engine.InstanceAsync(id)).Status);
    }

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    private async Task<int> RunHostAsync(string worker, TimeSpan clockOffset)
    {
        var offset = clockOffset.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var host = HostProcess.Start(database.ConnectionString, worker, "--clock-offset", offset);
        return await host.RunToEndAsync(HostTimeout);
    }

    /// <summary>An engine for starting instances and reading state; it runs no jobs itself.</summary>
    private async Task<TestEngine> PrepareAsync()
    {
        var engine = new TestEngine(database.ConnectionString, time: new FakeTimeProvider(DateTimeOffset.UtcNow));
        engine.Catalog.Activity("work", _ => throw new InvalidOperationException("only the hosts run jobs"));
        await engine.PublishFileAsync(Model);
        await using var connection = await engine.DataSource.OpenConnectionAsync();
        await using var create = new NpgsqlCommand("""
            CREATE TABLE executions (
                instance_id uuid NOT NULL, element_id text NOT NULL, worker text NOT NULL,
                PRIMARY KEY (instance_id, element_id));
            """, connection);
        await create.ExecuteNonQueryAsync();
        return engine;
    }

    private static async Task<List<(Guid Instance, string Element, string Worker)>> ExecutionsAsync(TestEngine engine)
    {
        var rows = new List<(Guid, string, string)>();
        await using var connection = await engine.DataSource.OpenConnectionAsync();
        await using var select =
            new NpgsqlCommand("SELECT instance_id, element_id, worker FROM executions", connection);
        await using var reader = await select.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetGuid(0), reader.GetString(1), reader.GetString(2)));
        }

        return rows;
    }

    private static async Task<int> JournalCountAsync(TestEngine engine, string kind)
    {
        await using var db = engine.Db();
        return await db.Journal.CountAsync(j => j.Kind == kind);
    }

    private static async Task<int> WaitingAtAsync(TestEngine engine, string elementId)
    {
        await using var db = engine.Db();
        return await db.Jobs.CountAsync(j => j.ElementId == elementId && j.Kind == JobKind.Timer);
    }
}

using System.Text.Json.Nodes;
using EcomErp.Workflows.Engine;
using EcomErp.Workflows.Messages;
using EcomErp.Workflows.Persistence;
using EcomErp.Workflows.Runtime;
using EcomErp.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace EcomErp.Workflows.Tests.Support;

/// <summary>
/// An engine on a real database with a fake clock, plus the queries tests need: what an instance visited, its
/// open tasks, its status. Time only moves when a test advances it.
/// </summary>
internal sealed class TestEngine : IAsyncDisposable
{
    public TestEngine(string connectionString, string workerId = "test-worker", FakeTimeProvider? time = null)
    {
        DataSource = NpgsqlDataSource.Create(connectionString);
        Time = time ?? new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var options = new WorkflowEngineOptions { WorkerId = workerId };
        Engine = new WorkflowEngine(DataSource, Catalog, Observer, Time, options);
    }

    public NpgsqlDataSource DataSource { get; }

    public FakeTimeProvider Time { get; }

    public TestCatalog Catalog { get; } = new();

    public RecordingObserver Observer { get; } = new();

    public WorkflowEngine Engine { get; }

    public async Task PublishAsync(string xml)
    {
        var result = await Engine.Definitions.PublishAsync(xml, "test");
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
    }

    public Task PublishFileAsync(string path) => PublishAsync(File.ReadAllText(path));

    public async Task<Guid> StartAsync(string processKey, object? variables = null, string? businessKey = null)
    {
        var started = await Engine.StartAsync(processKey, new StartOptions(businessKey, Variables(variables)));
        return started.InstanceId;
    }

    public static Dictionary<string, JsonNode?> Variables(object? values) =>
        values is null
            ? []
            : JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(values))!.AsObject()
                .ToDictionary(p => p.Key, p => p.Value?.DeepClone());

    public async Task<UserTaskRecord> OpenTaskAsync(Guid instanceId, string elementId)
    {
        var tasks = await OpenTasksAsync(instanceId);
        return Assert.Single(tasks, t => t.ElementId == elementId);
    }

    public async Task<List<UserTaskRecord>> OpenTasksAsync(Guid instanceId)
    {
        await using var db = Db();
        return await db.UserTasks.Where(t => t.InstanceId == instanceId && t.Status == UserTaskStatus.Open)
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.ElementId).ToListAsync();
    }

    public async Task CompleteTaskAsync(
        Guid instanceId,
        string elementId,
        string? outcome = null,
        object? variables = null)
    {
        var task = await OpenTaskAsync(instanceId, elementId);
        var completion = new UserTaskCompletion(outcome, null, "tester", Variables(variables));
        await Engine.CompleteUserTaskAsync(task.Id, completion);
    }

    public Task<CorrelationResult> SendAsync(
        string name,
        string key = "",
        object? payload = null,
        TimeSpan ttl = default,
        string? messageId = null)
    {
        var body = payload is null
            ? null
            : JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(payload))!.AsObject();
        return Engine.PublishMessageAsync(new MessagePublication(name, key, body, messageId, ttl));
    }

    /// <summary>Moves the clock and runs every job that is due, including ones those jobs make due.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Time.Advance(by);
        await RunJobsAsync();
    }

    public async Task RunJobsAsync()
    {
        while (await Engine.RunDueJobsAsync() > 0)
        {
        }
    }

    public async Task<InstanceRecord> InstanceAsync(Guid instanceId)
    {
        await using var db = Db();
        return await db.Instances.AsNoTracking().SingleAsync(i => i.Id == instanceId);
    }

    /// <summary>The elements the instance entered, in order (boundary events and gateways included).</summary>
    public async Task<List<string>> VisitedAsync(Guid instanceId) =>
        (await Engine.ReadJournalAsync(instanceId)).Where(j => j.Kind == "ElementEntered").Select(j => j.ElementId!)
            .ToList();

    public async Task<List<JournalRecord>> JournalAsync(Guid instanceId) =>
        [.. await Engine.ReadJournalAsync(instanceId)];

    public async Task<List<IncidentRecord>> OpenIncidentsAsync(Guid instanceId)
    {
        await using var db = Db();
        return await db.Incidents.Where(i => i.InstanceId == instanceId && i.ResolvedAt == null).ToListAsync();
    }

    public async Task<int> WaitCountAsync(Guid instanceId)
    {
        await using var db = Db();
        return await db.Subscriptions.CountAsync(s => s.InstanceId == instanceId)
            + await db.Jobs.CountAsync(j => j.InstanceId == instanceId);
    }

    public async Task<JsonObject> VariablesAsync(Guid instanceId)
    {
        var record = await InstanceAsync(instanceId);
        var state = JsonNode.Parse(record.State)!;
        var root = state["scopes"]!.AsArray().First(s => s!["parentId"] is null)!;
        return root["variables"]?.AsObject() ?? [];
    }

    public WorkflowDbContext Db() => new(WorkflowDbContext.OptionsFor(DataSource));

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}

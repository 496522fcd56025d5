using System.Text.Json.Nodes;
using EcomErp.Testing;
using EcomErp.Workflows.Persistence;
using EcomErp.Workflows.Tasks;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Workflows.Tests.Conformance;

/// <summary>
/// Runs one <see cref="ConformanceCase"/> on a database of its own, with the activities every conformance model
/// may call, and reads back what happened.
/// </summary>
internal sealed class ScenarioRun : IAsyncDisposable
{
    private readonly ConformanceCase scenario;
    private Guid? instanceId;

    private ScenarioRun(ConformanceCase scenario, string connectionString)
    {
        this.scenario = scenario;
        ConnectionString = connectionString;
        Engine = new TestEngine(connectionString);
        ConformanceActivities.Register(Engine.Catalog);
    }

    public string ConnectionString { get; }

    internal TestEngine Engine { get; }

    /// <summary>The instance under test: the one started, or else the first the process key got.</summary>
    public Guid InstanceId => instanceId ?? throw new InvalidOperationException("No instance has started yet.");

    public static async Task RunAsync(ConformanceCase scenario)
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync("workflow", WorkflowDatabase.MigrateAsync);
        await using var run = new ScenarioRun(scenario, connectionString);
        await run.PlayAsync();
        await run.AssertFinalStateAsync();
    }

    public async Task CompleteAsync(string elementId, object? variables)
    {
        var tasks = await InTreeAsync((db, ids) => db.UserTasks
            .Where(t => ids.Contains(t.InstanceId) && t.ElementId == elementId && t.Status == UserTaskStatus.Open)
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Name));
        Assert.True(tasks.Count > 0, $"No open task at '{elementId}'.");
        var completion = new UserTaskCompletion(null, null, "tester", TestEngine.Variables(variables));
        await Engine.Engine.CompleteUserTaskAsync(tasks[0].Id, completion);
    }

    public async Task RetryIncidentAsync(object? variables)
    {
        var incidents = await InTreeAsync((db, ids) =>
            db.Incidents.Where(i => ids.Contains(i.InstanceId) && i.ResolvedAt == null));
        var incident = Assert.Single(incidents);
        await Engine.Engine.RetryIncidentAsync(incident.Id, TestEngine.Variables(variables), "tester");
    }

    public async Task<InstanceSnapshot> SnapshotAsync()
    {
        await using var db = Engine.Db();
        var tree = await TreeAsync(db);
        var ids = tree.Keys.ToList();
        string Name(Guid id, string element) => tree[id] is { Length: > 0 } key ? $"{key}/{element}" : element;
        var path = await db.Journal.Where(j => ids.Contains(j.InstanceId) && j.Kind == "ElementEntered")
            .OrderBy(j => j.Id).Select(j => new { j.InstanceId, j.ElementId }).ToListAsync();
        var tasks = await db.UserTasks.Where(t => ids.Contains(t.InstanceId) && t.Status == UserTaskStatus.Open)
            .Select(t => new { t.InstanceId, t.ElementId }).ToListAsync();
        var subscriptions = await db.Subscriptions.Where(s => ids.Contains(s.InstanceId))
            .Select(s => new { s.InstanceId, s.ElementId }).ToListAsync();
        var jobs = await db.Jobs.Where(j => j.InstanceId != null && ids.Contains(j.InstanceId.Value))
            .Select(j => new { InstanceId = j.InstanceId!.Value, j.ElementId }).ToListAsync();
        var incidents = await db.Incidents.Where(i => ids.Contains(i.InstanceId) && i.ResolvedAt == null)
            .ToListAsync();
        var outbox = await db.Outbox.Where(o => o.InstanceId == InstanceId).OrderBy(o => o.Id)
            .Select(o => o.MessageName).ToListAsync();
        var root = await db.Instances.AsNoTracking().SingleAsync(i => i.Id == InstanceId);
        return new InstanceSnapshot(
            root.Status,
            root.EndedBy,
            path.Select(p => Name(p.InstanceId, p.ElementId!)).ToList(),
            tasks.Select(t => Name(t.InstanceId, t.ElementId)).Order(StringComparer.Ordinal).ToList(),
            subscriptions.Concat(jobs).Select(w => Name(w.InstanceId, w.ElementId)).Order(StringComparer.Ordinal)
                .ToList(),
            incidents.Select(i => Name(i.InstanceId, i.ElementId)).Order(StringComparer.Ordinal).ToList(),
            incidents.Select(i => i.Message).ToList(),
            outbox);
    }

    public ValueTask DisposeAsync() => DisposeCoreAsync();

    private async Task PlayAsync()
    {
        foreach (var file in scenario.AlsoPublish.Append(scenario.File))
        {
            await Engine.PublishFileAsync(Path.Combine(AppContext.BaseDirectory, file));
        }

        await StepsAsync(scenario.Before);
        if (scenario.Start)
        {
            instanceId = await Engine.StartAsync(scenario.Process, scenario.Given);
        }

        await StepsAsync(scenario.Steps);
    }

    private async Task StepsAsync(IEnumerable<ScenarioStep> steps)
    {
        foreach (var step in steps)
        {
            await step.Act(this);
            instanceId ??= await FirstInstanceAsync();
        }
    }

    private async Task AssertFinalStateAsync()
    {
        instanceId ??= await FirstInstanceAsync();
        var actual = await SnapshotAsync();
        Assert.Equal(scenario.Path, actual.Path);
        Assert.Equal(scenario.Status, actual.Status);
        if (scenario.EndedBy is { } endedBy)
        {
            Assert.Equal(endedBy, actual.EndedBy);
        }

        Assert.Equal(scenario.OpenTasks.Order(StringComparer.Ordinal), actual.OpenTasks);
        Assert.Equal(scenario.Waits.Order(StringComparer.Ordinal), actual.Waits);
        Assert.Equal(scenario.Incidents.Order(StringComparer.Ordinal), actual.Incidents);
        Assert.Equal(scenario.Outbox, actual.Outbox);
        if (scenario.IncidentMentions is { } text)
        {
            Assert.All(actual.IncidentMessages, m => Assert.Contains(text, m, StringComparison.Ordinal));
        }

        await AssertVariablesAsync();
    }

    private async Task AssertVariablesAsync()
    {
        if (ScenarioStep.Json(scenario.Variables) is not { } expected)
        {
            return;
        }

        var actual = await Engine.VariablesAsync(InstanceId);
        foreach (var (name, value) in expected)
        {
            Assert.True(JsonNode.DeepEquals(value, actual[name]),
                $"Variable '{name}' is {actual[name]?.ToJsonString() ?? "missing"}, expected {value?.ToJsonString()}.");
        }
    }

    private async Task<Guid?> FirstInstanceAsync()
    {
        await using var db = Engine.Db();
        return await db.Instances.Where(i => i.ProcessKey == scenario.Process && i.ParentInstanceId == null)
            .OrderBy(i => i.StartedAt).ThenBy(i => i.Id).Select(i => (Guid?)i.Id).FirstOrDefaultAsync();
    }

    /// <summary>
    /// The instance under test and its descendants, each with the prefix its elements are shown with.
    /// </summary>
    private async Task<Dictionary<Guid, string>> TreeAsync(WorkflowDbContext db)
    {
        var tree = new Dictionary<Guid, string> { [InstanceId] = "" };
        var frontier = new List<Guid> { InstanceId };
        while (frontier.Count > 0)
        {
            var children = await db.Instances.Where(i => i.ParentInstanceId != null
                    && frontier.Contains(i.ParentInstanceId.Value))
                .Select(i => new { i.Id, i.ProcessKey }).ToListAsync();
            children.ForEach(c => tree[c.Id] = c.ProcessKey);
            frontier = children.Select(c => c.Id).ToList();
        }

        return tree;
    }

    private async Task<List<T>> InTreeAsync<T>(Func<WorkflowDbContext, List<Guid>, IQueryable<T>> query)
    {
        await using var db = Engine.Db();
        var ids = (await TreeAsync(db)).Keys.ToList();
        return await query(db, ids).ToListAsync();
    }

    private async ValueTask DisposeCoreAsync()
    {
        await Engine.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(ConnectionString);
    }
}

using System.Text.Json.Nodes;
using EcomErp.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EcomErp.Workflows.Queries;

/// <summary>Read-only views of instances, tasks and incidents, for APIs and operations pages.</summary>
public sealed class WorkflowQueries(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<InstanceSummary>> InstancesAsync(
        InstanceStatus? status,
        string? processKey,
        string? businessKey,
        int limit,
        CancellationToken ct)
    {
        await using var db = Open();
        var query = db.Instances.AsNoTracking();
        query = status is null ? query : query.Where(i => i.Status == status);
        query = processKey is null ? query : query.Where(i => i.ProcessKey == processKey);
        query = businessKey is null ? query : query.Where(i => i.BusinessKey == businessKey);
        var records = await query.OrderByDescending(i => i.StartedAt).Take(limit).ToListAsync(ct);
        var ids = records.Select(r => r.Id).ToList();
        var incidents = await db.Incidents.Where(i => ids.Contains(i.InstanceId) && i.ResolvedAt == null)
            .GroupBy(i => i.InstanceId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return records.Select(r => Summary(r, incidents.GetValueOrDefault(r.Id))).ToList();
    }

    public async Task<InstanceDetail?> InstanceAsync(Guid id, CancellationToken ct)
    {
        await using var db = Open();
        var record = await db.Instances.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);
        if (record is null)
        {
            return null;
        }

        var incidents = await IncidentsQuery(db, db.Incidents.AsNoTracking().Where(i => i.InstanceId == id))
            .ToListAsync(ct);
        var tasks = await TasksQuery(db).Where(t => t.InstanceId == id).ToListAsync(ct);
        var journal = await db.Journal.AsNoTracking().Where(j => j.InstanceId == id).OrderBy(j => j.Id).ToListAsync(ct);
        var state = JsonNode.Parse(record.State) as JsonObject ?? [];
        return new InstanceDetail(
            Summary(record, incidents.Count(i => i.ResolvedAt is null)),
            Tokens(state),
            RootVariables(state),
            tasks.Select(ToView).ToList(),
            incidents,
            journal.Select(j => new JournalView(
                    j.At, j.Kind, j.ElementId, j.Detail is null ? null : JsonNode.Parse(j.Detail)))
                .ToList());
    }

    public async Task<IReadOnlyList<TaskView>> TasksAsync(
        UserTaskStatus? status,
        string? businessKey,
        int limit,
        CancellationToken ct)
    {
        await using var db = Open();
        var query = TasksQuery(db);
        query = status is null ? query : query.Where(t => t.Status == status);
        query = businessKey is null ? query : query.Where(t => t.BusinessKey == businessKey);
        var tasks = await query.OrderBy(t => t.CreatedAt).Take(limit).ToListAsync(ct);
        return tasks.Select(ToView).ToList();
    }

    public async Task<TaskView?> TaskAsync(Guid id, CancellationToken ct)
    {
        await using var db = Open();
        var task = await TasksQuery(db).SingleOrDefaultAsync(t => t.Id == id, ct);
        return task is null ? null : ToView(task);
    }

    public async Task<IReadOnlyList<IncidentView>> IncidentsAsync(bool openOnly, int limit, CancellationToken ct)
    {
        await using var db = Open();
        var incidents = db.Incidents.AsNoTracking()
            .Where(i => !openOnly || i.ResolvedAt == null)
            .OrderByDescending(i => i.CreatedAt)
            .Take(limit);
        var views = await IncidentsQuery(db, incidents).ToListAsync(ct);
        return [.. views.OrderByDescending(v => v.CreatedAt)];
    }

    private static IQueryable<UserTaskRecord> TasksQuery(WorkflowDbContext db) => db.UserTasks.AsNoTracking();

    /// <summary>
    /// Joins incidents, already filtered, ordered and limited, to their instances. The projection comes last, so
    /// that the database does the filtering and ordering on its own columns.
    /// </summary>
    private static IQueryable<IncidentView> IncidentsQuery(
        WorkflowDbContext db,
        IQueryable<IncidentRecord> incidents) =>
        from incident in incidents
        join instance in db.Instances.AsNoTracking() on incident.InstanceId equals instance.Id
        select new IncidentView(incident.Id, incident.InstanceId, instance.ProcessKey, instance.BusinessKey,
            incident.ElementId, incident.Kind, incident.Message, incident.CreatedAt, incident.ResolvedAt,
            incident.Resolution);

    private static TaskView ToView(UserTaskRecord t) => new(
        t.Id, t.InstanceId, t.ProcessKey, t.BusinessKey, t.ElementId, t.Name, t.Status, t.Assignee, t.CandidateGroups,
        t.Outcomes, t.Input is null ? null : JsonNode.Parse(t.Input), t.CreatedAt, t.EndedAt, t.Outcome, t.Comment,
        t.CompletedBy);

    private static InstanceSummary Summary(InstanceRecord r, int openIncidents)
    {
        var state = JsonNode.Parse(r.State) as JsonObject ?? [];
        var waiting = Tokens(state).Where(t => t.Phase != "Arriving").Select(t => t.ElementId).Distinct().ToList();
        return new InstanceSummary(r.Id, r.ProcessKey, r.Version, r.BusinessKey, r.Status, r.StartedAt, r.EndedAt,
            r.EndedBy, waiting, openIncidents);
    }

    private static List<TokenView> Tokens(JsonObject state) =>
        (state["tokens"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(t => new TokenView(
                (string?)t["elementId"] ?? "",
                (string?)t["phase"] ?? "",
                (string?)t["waitingFor"]))
            .ToList();

    private static JsonObject RootVariables(JsonObject state) =>
        (state["scopes"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .FirstOrDefault(s => s["parentId"] is null)?["variables"]?.DeepClone() as JsonObject ?? [];

    private WorkflowDbContext Open() => new(WorkflowDbContext.OptionsFor(dataSource));
}

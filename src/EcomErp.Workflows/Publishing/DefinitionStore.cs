using System.Security.Cryptography;
using System.Text;
using EcomErp.Workflows.Activities;
using EcomErp.Workflows.Definitions;
using EcomErp.Workflows.Engine;
using EcomErp.Workflows.Observability;
using EcomErp.Workflows.Persistence;
using EcomErp.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EcomErp.Workflows.Publishing;

/// <summary>
/// Drafts and published versions of process definitions. Publishing validates the whole file, including that
/// every activity and rule set it names exists on this server, and creates a new immutable version for each
/// process whose XML changed. Running instances stay on the version they started with.
/// </summary>
public sealed class DefinitionStore
{
    private readonly NpgsqlDataSource dataSource;
    private readonly IActivityCatalog catalog;
    private readonly IWorkflowObserver observer;
    private readonly TimeProvider time;
    private readonly DefinitionCache cache;

    internal DefinitionStore(
        NpgsqlDataSource dataSource,
        IActivityCatalog catalog,
        IWorkflowObserver observer,
        TimeProvider time,
        DefinitionCache cache)
    {
        this.dataSource = dataSource;
        this.catalog = catalog;
        this.observer = observer;
        this.time = time;
        this.cache = cache;
    }

    /// <summary>Every problem that would stop <paramref name="xml"/> from being published.</summary>
    public ParsedDefinitions Validate(string xml)
    {
        var parsed = BpmnParser.Parse(xml);
        var missing = parsed.Processes.SelectMany(p => p.Nodes).SelectMany(MissingHostParts)
            .Concat(parsed.Processes.SelectMany(BrokenContracts)).ToList();
        return missing.Count == 0 ? parsed : new ParsedDefinitions([], [.. parsed.Problems, .. missing]);
    }

    public async Task<PublishResult> PublishAsync(
        string xml,
        string source,
        CancellationToken cancellationToken = default)
    {
        var parsed = Validate(xml);
        if (!parsed.IsValid)
        {
            return new PublishResult([], parsed.Problems);
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var db = new WorkflowDbContext(WorkflowDbContext.OptionsFor(connection));
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        var versions = new List<PublishedVersion>();
        foreach (var process in parsed.Processes)
        {
            versions.Add(await PublishProcessAsync(db, process, xml, source, cancellationToken));
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({ExecutionSession.JobsChannel}, '')", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        ReportNew(versions);
        return new PublishResult(versions, []);
    }

    /// <summary>Publishes every <c>.bpmn</c> file in a folder; unchanged files publish nothing.</summary>
    public async Task<IReadOnlyList<(string File, PublishResult Result)>> PublishFolderAsync(
        string folder,
        CancellationToken cancellationToken = default)
    {
        var results = new List<(string, PublishResult)>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.bpmn").Order(StringComparer.Ordinal))
        {
            var xml = await File.ReadAllTextAsync(file, cancellationToken);
            results.Add((file, await PublishAsync(xml, Path.GetFileName(file), cancellationToken)));
        }

        return results;
    }

    /// <summary>
    /// Stores work-in-progress XML under the key of the process it defines; it need not be valid yet.
    /// </summary>
    public async Task<string> SaveDraftAsync(string xml, CancellationToken cancellationToken = default)
    {
        var key = DraftKey(xml);
        await using var db = await OpenAsync(cancellationToken);
        var draft = await db.Drafts.FindAsync([key], cancellationToken);
        if (draft is null)
        {
            db.Drafts.Add(new DraftRecord { Key = key, Xml = xml, UpdatedAt = time.GetUtcNow() });
        }
        else
        {
            draft.Xml = xml;
            draft.UpdatedAt = time.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    /// <summary>Publishes the draft of a process; the draft is removed once it is a version.</summary>
    public async Task<PublishResult> PublishDraftAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(cancellationToken);
        var draft = await db.Drafts.FindAsync([key], cancellationToken)
            ?? throw new WorkflowRequestException(WorkflowRequestError.NotFound, $"Process '{key}' has no draft.");
        var result = await PublishAsync(draft.Xml, "draft", cancellationToken);
        if (result.Succeeded)
        {
            db.Drafts.Remove(draft);
            await db.SaveChangesAsync(cancellationToken);
        }

        return result;
    }

    public async Task<IReadOnlyList<DefinitionSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(cancellationToken);
        var latest = await db.Definitions.AsNoTracking()
            .GroupBy(d => d.Key)
            .Select(g => g.OrderByDescending(d => d.Version).First())
            .ToListAsync(cancellationToken);
        var drafts = await db.Drafts.Select(d => d.Key).ToListAsync(cancellationToken);
        var running = await db.Instances.Where(i => i.Status == InstanceStatus.Running)
            .GroupBy(i => i.ProcessKey)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return latest.Select(d => new DefinitionSummary(d.Key, d.Name, d.Version, d.PublishedAt, drafts.Contains(d.Key),
                running.GetValueOrDefault(d.Key)))
            .Concat(drafts.Except(latest.Select(d => d.Key))
                .Select(k => new DefinitionSummary(k, null, null, null, true, 0)))
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IReadOnlyList<DefinitionRecord>> VersionsAsync(
        string key,
        CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(cancellationToken);
        return await db.Definitions.AsNoTracking().Where(d => d.Key == key).OrderBy(d => d.Version)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The XML of a version (the newest when <paramref name="version"/> is null), or of the draft.</summary>
    public async Task<string?> XmlAsync(
        string key,
        int? version,
        bool draft,
        CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(cancellationToken);
        if (draft)
        {
            return (await db.Drafts.FindAsync([key], cancellationToken))?.Xml;
        }

        return await db.Definitions.AsNoTracking()
            .Where(d => d.Key == key && (version == null || d.Version == version))
            .OrderByDescending(d => d.Version)
            .Select(d => d.Xml)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<PublishedVersion> PublishProcessAsync(
        WorkflowDbContext db,
        ProcessModel process,
        string xml,
        string source,
        CancellationToken ct)
    {
        var lockKey = "definition:" + process.Key;
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({lockKey}, 0))", ct);
        var hash = Hash(xml);
        var latest = await db.Definitions.Where(d => d.Key == process.Key).OrderByDescending(d => d.Version)
            .FirstOrDefaultAsync(ct);
        if (latest?.ContentHash == hash)
        {
            return new PublishedVersion(process.Key, latest.Version, latest.Id, IsNew: false);
        }

        var now = time.GetUtcNow();
        var record = new DefinitionRecord
        {
            Id = Guid.CreateVersion7(now),
            Key = process.Key,
            Version = (latest?.Version ?? 0) + 1,
            Name = process.Name,
            Xml = xml,
            ContentHash = hash,
            PublishedAt = now,
            Source = source,
        };
        db.Definitions.Add(record);
        await ReplaceStartEventsAsync(db, record, process, now, ct);
        cache.Add(record);
        return new PublishedVersion(process.Key, record.Version, record.Id, IsNew: true);
    }

    /// <summary>
    /// A new version takes over the message and timer start events of the process from older versions.
    /// </summary>
    private static async Task ReplaceStartEventsAsync(
        WorkflowDbContext db,
        DefinitionRecord record,
        ProcessModel process,
        DateTimeOffset now,
        CancellationToken ct)
    {
        await db.MessageStarts.Where(m => m.ProcessKey == process.Key).ExecuteDeleteAsync(ct);
        var olderVersions = db.Definitions.Where(d => d.Key == process.Key).Select(d => (Guid?)d.Id);
        await db.Jobs.Where(j => j.Kind == JobKind.StartTimer && olderVersions.Contains(j.DefinitionId))
            .ExecuteDeleteAsync(ct);
        var messageStarts = process.TopLevel
            .Where(n => n.Kind == ElementKind.StartEvent && n.Event.Kind == EventKind.Message);
        foreach (var start in messageStarts)
        {
            db.MessageStarts.Add(new MessageStartRecord
            {
                DefinitionId = record.Id,
                ProcessKey = process.Key,
                ElementId = start.Id,
                MessageName = start.Event.Message!.Name,
            });
        }

        WorkflowEngine.ScheduleStartTimers(db, record, process, now);
    }

    private IEnumerable<ValidationProblem> BrokenContracts(ProcessModel process) =>
        catalog.ContractProblems(process).Select(text =>
            new ValidationProblem(process.Key, "process", process.Line, text));

    private IEnumerable<ValidationProblem> MissingHostParts(FlowNode node)
    {
        if (node.Activity.ActivityName is { } activity && catalog.FindActivity(activity) is null)
        {
            yield return new ValidationProblem(node.Id, node.TypeName, node.Line,
                $"the activity '{activity}' is not offered by this server");
        }

        if (node.Kind == ElementKind.BusinessRuleTask && node.Activity.RuleSet is { } ruleSet
            && catalog.FindRuleSet(ruleSet) is null)
        {
            yield return new ValidationProblem(node.Id, node.TypeName, node.Line,
                $"the rule set '{ruleSet}' is not offered by this server");
        }
    }

    private void ReportNew(IEnumerable<PublishedVersion> versions)
    {
        foreach (var version in versions.Where(v => v.IsNew))
        {
            observer.OnEvent(new WorkflowEvent(WorkflowEventKind.DefinitionPublished, null, version.Key, null, null,
                $"v{version.Version}"));
        }
    }

    private static string DraftKey(string xml)
    {
        var parsed = BpmnParser.Parse(xml);
        var key = parsed.Processes.Count > 0
            ? parsed.Processes[0].Key
            : System.Text.RegularExpressions.Regex.Match(xml, "<(?:\\w+:)?process[^>]*\\sid=\"([^\"]+)\"")
                .Groups[1].Value;
        return key.Length > 0
            ? key
            : throw new WorkflowRequestException(WorkflowRequestError.Invalid,
                "The draft defines no process with an id; the id is the key it is stored under.");
    }

    private Task<WorkflowDbContext> OpenAsync(CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(new WorkflowDbContext(WorkflowDbContext.OptionsFor(dataSource)));
    }

    private static string Hash(string xml) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml)));
}

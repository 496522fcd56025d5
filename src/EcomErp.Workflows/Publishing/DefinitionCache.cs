using System.Collections.Concurrent;
using EcomErp.Workflows.Definitions;
using EcomErp.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Workflows.Publishing;

/// <summary>
/// Parsed models of published versions. Versions never change once published, so a cached model is valid
/// forever and every server process may keep its own copy.
/// </summary>
public sealed class DefinitionCache
{
    private readonly ConcurrentDictionary<Guid, DeployedProcess> byId = new();

    internal async Task<DeployedProcess> GetAsync(WorkflowDbContext db, Guid definitionId, CancellationToken ct)
    {
        if (byId.TryGetValue(definitionId, out var cached))
        {
            return cached;
        }

        var record = await db.Definitions.AsNoTracking().SingleAsync(d => d.Id == definitionId, ct);
        return Add(record);
    }

    /// <summary>The newest published version of a process, or null when none is published.</summary>
    internal async Task<DeployedProcess?> LatestAsync(WorkflowDbContext db, string key, CancellationToken ct)
    {
        var id = await db.Definitions.AsNoTracking()
            .Where(d => d.Key == key)
            .OrderByDescending(d => d.Version)
            .Select(d => (Guid?)d.Id)
            .FirstOrDefaultAsync(ct);
        return id is null ? null : await GetAsync(db, id.Value, ct);
    }

    internal DeployedProcess Add(DefinitionRecord record)
    {
        var parsed = BpmnParser.Parse(record.Xml);
        var model = parsed.Processes.FirstOrDefault(p => p.Key == record.Key)
            ?? throw new InvalidOperationException(
                $"Published definition {record.Key} v{record.Version} no longer parses: " +
                string.Join("; ", parsed.Problems));
        var deployed = new DeployedProcess(record.Id, record.Key, record.Version, model);
        byId[record.Id] = deployed;
        return deployed;
    }
}

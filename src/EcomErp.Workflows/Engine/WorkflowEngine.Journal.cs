using EcomErp.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Workflows.Engine;

public sealed partial class WorkflowEngine
{
    /// <summary>
    /// The journal of one instance in the order it was written: every element entered and completed, every wait,
    /// timer, message, job attempt, error and incident, each with its element, token and details.
    /// </summary>
    public async Task<IReadOnlyList<JournalRecord>> ReadJournalAsync(
        Guid instanceId,
        CancellationToken cancellationToken = default)
    {
        await using var db = new WorkflowDbContext(WorkflowDbContext.OptionsFor(dataSource));
        return await db.Journal.AsNoTracking()
            .Where(j => j.InstanceId == instanceId)
            .OrderBy(j => j.Id)
            .ToListAsync(cancellationToken);
    }
}

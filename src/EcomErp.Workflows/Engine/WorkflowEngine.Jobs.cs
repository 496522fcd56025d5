using System.Text.Json;
using EcomErp.Workflows.Definitions;
using EcomErp.Workflows.Persistence;
using EcomErp.Workflows.Runtime;
using EcomErp.Workflows.Timers;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Workflows.Engine;

public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Claims up to a batch of due jobs and runs each in its own transaction. Claims lock rows and skip rows
    /// other workers hold, and carry a lease; a job whose worker died is claimed again once the lease ends.
    /// </summary>
    /// <returns>How many jobs were claimed.</returns>
    public async Task<int> RunDueJobsAsync(CancellationToken cancellationToken = default)
    {
        var claimed = await ClaimAsync(cancellationToken);
        foreach (var jobId in claimed)
        {
            await RunJobAsync(jobId, cancellationToken);
        }

        return claimed.Count;
    }

    /// <summary>When the next job falls due (or its current claim runs out), or null when there is none.</summary>
    public async Task<DateTimeOffset?> NextJobDueAsync(CancellationToken cancellationToken = default)
    {
        await using var db = new WorkflowDbContext(WorkflowDbContext.OptionsFor(dataSource));
        return await db.Jobs.Where(j => !j.HasIncident)
            .MinAsync(j => (DateTimeOffset?)(j.LockExpiresAt > j.DueAt ? j.LockExpiresAt : j.DueAt), cancellationToken);
    }

    private async Task<List<Guid>> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = services.Time.GetUtcNow();
        var until = now + services.Options.JobLease;
        var owner = services.Options.WorkerId;
        var batch = services.Options.JobBatchSize;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var db = new WorkflowDbContext(WorkflowDbContext.WithoutConnection);
        db.Database.SetDbConnection(connection);
        return await db.Database.SqlQuery<Guid>($"""
            UPDATE workflow.jobs SET lock_owner = {owner}, lock_expires_at = {until}
            WHERE id IN (
                SELECT id FROM workflow.jobs
                WHERE NOT has_incident AND due_at <= {now}
                  AND (lock_expires_at IS NULL OR lock_expires_at < {now})
                ORDER BY due_at
                LIMIT {batch}
                FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
    }

    private async Task RunJobAsync(Guid jobId, CancellationToken cancellationToken)
    {
        try
        {
            await InTransactionAsync(session => ExecuteJobAsync(session, jobId), cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            var failure = error is ActivityFailedException { InnerException: { } inner } ? inner : error;
            await InTransactionAsync(session => RecordFailureAsync(session, jobId, failure), cancellationToken);
        }
    }

    private async Task<bool> ExecuteJobAsync(ExecutionSession session, Guid jobId)
    {
        var owner = services.Options.WorkerId;
        var job = await session.Db.Jobs.AsNoTracking()
            .SingleOrDefaultAsync(j => j.Id == jobId, session.CancellationToken);
        if (job is null || job.LockOwner != owner)
        {
            return false;
        }

        if (job.Kind == JobKind.StartTimer)
        {
            return await FireStartTimerAsync(session, jobId);
        }

        var execution = await session.LoadAsync(job.InstanceId!.Value);
        var tracked = execution?.Waits.Jobs.Find(j => j.Id == jobId && j.LockOwner == owner);
        if (execution is not { IsRunning: true } || tracked is null)
        {
            return false;
        }

        if (tracked.Kind == JobKind.Timer)
        {
            await execution.FireTimerAsync(tracked);
        }
        else
        {
            await execution.RunActivityJobAsync(tracked);
        }

        return true;
    }

    private async Task<bool> RecordFailureAsync(ExecutionSession session, Guid jobId, Exception failure)
    {
        var job = await session.Db.Jobs.AsNoTracking()
            .SingleOrDefaultAsync(j => j.Id == jobId, session.CancellationToken);
        if (job?.InstanceId is not { } instanceId || await session.LoadAsync(instanceId) is not { } execution)
        {
            return false;
        }

        var tracked = execution.Waits.Jobs.Find(j => j.Id == jobId);
        if (tracked is null || tracked.LockOwner != services.Options.WorkerId)
        {
            return false;
        }

        if (tracked.Kind == JobKind.Activity)
        {
            tracked.Attempts++;
        }

        execution.RecordJobFailure(tracked, failure);
        return true;
    }

    /// <summary>
    /// Starts an instance from a timer start event and schedules the next firing, if the cycle has one.
    /// </summary>
    private async Task<bool> FireStartTimerAsync(ExecutionSession session, Guid jobId)
    {
        var job = await session.Db.Jobs
            .FromSql($"SELECT * FROM workflow.jobs WHERE id = {jobId} FOR UPDATE")
            .SingleOrDefaultAsync(session.CancellationToken);
        if (job is null || job.LockOwner != services.Options.WorkerId)
        {
            return false;
        }

        var process = await services.Definitions.GetAsync(
            session.Db, job.DefinitionId!.Value, session.CancellationToken);
        var schedule = JsonSerializer.Deserialize<TimerSchedule>(job.Payload!)!;
        var next = schedule.Next(session.Now);
        if (next is null)
        {
            session.Db.Jobs.Remove(job);
        }
        else
        {
            job.DueAt = next.DueAt;
            job.Payload = JsonSerializer.Serialize(next);
            job.LockOwner = null;
            job.LockExpiresAt = null;
            session.NoteJobScheduled();
        }

        var start = process.Model.Node(job.ElementId);
        var variables = new Dictionary<string, System.Text.Json.Nodes.JsonNode?>();
        await session.StartAsync(new StartInstruction(process, start, variables, null));
        return true;
    }

    /// <summary>Arms the timer start events of a newly published version.</summary>
    internal static void ScheduleStartTimers(
        WorkflowDbContext db,
        DefinitionRecord record,
        ProcessModel model,
        DateTimeOffset now)
    {
        var timerStarts = model.TopLevel
            .Where(n => n.Kind == ElementKind.StartEvent && n.Event.Kind == EventKind.Timer);
        foreach (var start in timerStarts)
        {
            var schedule = TimerSchedule.Create(start.Event.Timer!.Kind, start.Event.Timer.Value, now);
            db.Jobs.Add(new JobRecord
            {
                Id = Guid.NewGuid(),
                Kind = JobKind.StartTimer,
                DefinitionId = record.Id,
                ElementId = start.Id,
                DueAt = schedule.DueAt,
                Payload = JsonSerializer.Serialize(schedule),
                CreatedAt = now,
            });
        }
    }
}

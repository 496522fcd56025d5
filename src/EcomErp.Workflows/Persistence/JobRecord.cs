namespace EcomErp.Workflows.Persistence;

/// <summary>
/// Work that falls due at a time: an activity to run with retries, or a timer. Workers claim jobs by locking
/// rows and skipping locked ones, and hold a lease that expires if the worker dies.
/// </summary>
public sealed class JobRecord
{
    public Guid Id { get; set; }

    public JobKind Kind { get; set; }

    public Guid? InstanceId { get; set; }

    public Guid? DefinitionId { get; set; }

    public Guid? TokenId { get; set; }

    public Guid? ScopeId { get; set; }

    public required string ElementId { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public int Attempts { get; set; }

    public int RetriesLeft { get; set; }

    public string? RetryBackoff { get; set; }

    public string? LockOwner { get; set; }

    public DateTimeOffset? LockExpiresAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>Set when the retries ran out; the job waits for a person to retry or resolve it.</summary>
    public bool HasIncident { get; set; }

    /// <summary>For timers, the rest of the schedule as JSON.</summary>
    public string? Payload { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

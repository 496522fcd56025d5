namespace EcomErp.Workflows.Runtime;

/// <summary>Tuning knobs of the engine and its job workers.</summary>
public sealed record WorkflowEngineOptions
{
    /// <summary>Identifies this process in job locks; defaults to host name and process id.</summary>
    public string WorkerId { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>
    /// How long a claimed job stays locked to its worker; a worker that dies loses its claim after it.
    /// </summary>
    public TimeSpan JobLease { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How many due jobs a worker claims at once.</summary>
    public int JobBatchSize { get; init; } = 16;

    /// <summary>The longest a worker sleeps without a notification before it looks for due jobs again.</summary>
    public TimeSpan IdlePollInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest a published message is kept when nothing waits for it and the publisher set no TTL.
    /// </summary>
    public TimeSpan MaxMessageTimeToLive { get; init; } = TimeSpan.FromDays(30);

    /// <summary>How often a transaction that lost a deadlock or serialization race is tried again.</summary>
    public int TransientRetries { get; init; } = 5;
}

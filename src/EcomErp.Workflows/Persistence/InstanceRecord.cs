namespace EcomErp.Workflows.Persistence;

/// <summary>
/// A process instance. Its tokens and scopes live in <see cref="State"/> as JSON; its waits (message
/// subscriptions, jobs, timers, user tasks) are separate rows so that they can be found by name, key or due time.
/// </summary>
public sealed class InstanceRecord
{
    public Guid Id { get; set; }

    public Guid DefinitionId { get; set; }

    public required string ProcessKey { get; set; }

    public int Version { get; set; }

    /// <summary>The domain id the instance works on, for example an order id.</summary>
    public string? BusinessKey { get; set; }

    public InstanceStatus Status { get; set; }

    public required string State { get; set; }

    public Guid? ParentInstanceId { get; set; }

    public Guid? ParentTokenId { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>The end event that finished the instance, or why it was cancelled.</summary>
    public string? EndedBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

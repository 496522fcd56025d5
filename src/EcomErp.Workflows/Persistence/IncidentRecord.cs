namespace EcomErp.Workflows.Persistence;

/// <summary>
/// A step that cannot go on without a person: retries ran out, an expression failed, no flow matched.
/// </summary>
public sealed class IncidentRecord
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public Guid? TokenId { get; set; }

    public Guid? JobId { get; set; }

    public required string ElementId { get; set; }

    public required string Kind { get; set; }

    public required string Message { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public string? Resolution { get; set; }
}

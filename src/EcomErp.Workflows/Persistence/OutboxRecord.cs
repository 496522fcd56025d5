namespace EcomErp.Workflows.Persistence;

/// <summary>
/// A message thrown by a message end or throw event, or a send task. It leaves after the step commits, at least
/// once, carrying <see cref="IdempotencyKey"/> so receivers can drop repeats.
/// </summary>
public sealed class OutboxRecord
{
    public long Id { get; set; }

    public Guid InstanceId { get; set; }

    public required string ElementId { get; set; }

    public required string MessageName { get; set; }

    public string? CorrelationKey { get; set; }

    public string? Payload { get; set; }

    public required string IdempotencyKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DispatchedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}

namespace EcomErp.Workflows.Persistence;

/// <summary>
/// A published message: kept while no instance waits for it (until it expires), and remembered by message id so
/// that a repeat is ignored.
/// </summary>
public sealed class MessageRecord
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public required string CorrelationKey { get; set; }

    public string? MessageId { get; set; }

    public string? Payload { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? ConsumedAt { get; set; }

    public Guid? ConsumedByInstanceId { get; set; }
}

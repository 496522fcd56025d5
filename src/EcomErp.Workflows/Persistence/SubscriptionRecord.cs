namespace EcomErp.Workflows.Persistence;

/// <summary>
/// A wait for a message: an intermediate catch, a receive task, a message boundary event, an event-based gateway
/// branch or an event-subprocess start. Owned by a token, or by a scope for event-subprocess starts.
/// </summary>
public sealed class SubscriptionRecord
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public Guid? TokenId { get; set; }

    public Guid? ScopeId { get; set; }

    public required string ElementId { get; set; }

    public required string MessageName { get; set; }

    /// <summary>The evaluated correlation key; empty when the message has none.</summary>
    public required string CorrelationKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

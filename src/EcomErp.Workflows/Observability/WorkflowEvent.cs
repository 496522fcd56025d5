namespace EcomErp.Workflows.Observability;

/// <summary>Something the engine did, with the ids a person needs to follow one instance across the logs.</summary>
public sealed record WorkflowEvent(
    WorkflowEventKind Kind,
    Guid? InstanceId,
    string? ProcessKey,
    string? BusinessKey,
    string? ElementId,
    string? Detail)
{
    public Exception? Exception { get; init; }

    public TimeSpan? Duration { get; init; }
}

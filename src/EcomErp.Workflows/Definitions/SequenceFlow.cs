namespace EcomErp.Workflows.Definitions;

/// <summary>
/// A sequence flow. <see cref="Order"/> is its position in the document, which decides evaluation order.
/// </summary>
public sealed class SequenceFlow
{
    public required string Id { get; init; }

    public required string SourceId { get; init; }

    public required string TargetId { get; init; }

    public string? Condition { get; init; }

    public int Line { get; init; }

    public int Order { get; init; }

    public FlowNode Source { get; internal set; } = null!;

    public FlowNode Target { get; internal set; } = null!;

    public bool IsDefault => Source.DefaultFlowId == Id;
}

namespace EcomErp.Workflows.Definitions;

/// <summary>The trigger of a start, catch or boundary event, or the result of a throw or end event.</summary>
public sealed record EventDefinition(EventKind Kind)
{
    public static readonly EventDefinition None = new(EventKind.None);

    internal static readonly EventDefinition Unsupported = new(EventKind.Unsupported);

    public MessageDefinition? Message { get; init; }

    public TimerDefinition? Timer { get; init; }

    public ErrorDefinition? Error { get; init; }
}

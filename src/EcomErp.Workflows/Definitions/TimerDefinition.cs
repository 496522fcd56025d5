namespace EcomErp.Workflows.Definitions;

/// <summary>The kind of value in a BPMN timer definition.</summary>
public enum TimerKind
{
    Date,
    Duration,
    Cycle,
}

/// <summary>
/// A timer as written in the model; the value may be an expression evaluated when the timer is armed.
/// </summary>
public sealed record TimerDefinition(TimerKind Kind, string Value);

namespace EcomErp.Workflows.Definitions;

/// <summary>
/// A BPMN message. Messages correlate by <see cref="Name"/>, not by id. The correlation key is an expression
/// evaluated against the instance's variables when a wait for this message begins.
/// </summary>
public sealed record MessageDefinition(string Id, string Name, string? CorrelationKey);

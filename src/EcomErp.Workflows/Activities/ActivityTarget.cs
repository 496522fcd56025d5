namespace EcomErp.Workflows.Activities;

/// <summary>Which instance and element an activity runs for, and which attempt this is.</summary>
public sealed record ActivityTarget(
    Guid InstanceId,
    string ProcessKey,
    string? BusinessKey,
    string ElementId,
    string Name,
    int Attempt);

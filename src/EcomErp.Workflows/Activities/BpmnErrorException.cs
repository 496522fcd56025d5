namespace EcomErp.Workflows.Activities;

/// <summary>A business error thrown by an activity, caught by an error boundary or event subprocess by code.</summary>
public sealed class BpmnErrorException(string code, string? message = null)
    : Exception(message ?? $"BPMN error '{code}'")
{
    public string Code { get; } = code;
}

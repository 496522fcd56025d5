namespace EcomErp.Workflows.Engine;

/// <summary>Why a request to the engine was refused, for the HTTP edge to turn into a status code.</summary>
public enum WorkflowRequestError
{
    NotFound,
    Conflict,
    Invalid,
}

/// <summary>A request the engine refused because of what was asked, not because something broke.</summary>
public sealed class WorkflowRequestException(WorkflowRequestError error, string message) : Exception(message)
{
    public WorkflowRequestError Error { get; } = error;
}

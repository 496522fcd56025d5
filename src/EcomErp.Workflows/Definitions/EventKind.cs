namespace EcomErp.Workflows.Definitions;

/// <summary>What triggers or is thrown by an event.</summary>
public enum EventKind
{
    None,
    Message,
    Timer,
    Error,
    Terminate,
}

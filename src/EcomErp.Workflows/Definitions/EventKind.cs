namespace EcomErp.Workflows.Definitions;

/// <summary>What triggers or is thrown by an event.</summary>
public enum EventKind
{
    None,
    Message,
    Timer,
    Error,
    Terminate,

    /// <summary>
    /// An event type the engine does not run; publishing reports it and nothing else about the event.
    /// </summary>
    Unsupported,
}

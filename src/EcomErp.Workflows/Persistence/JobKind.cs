namespace EcomErp.Workflows.Persistence;

/// <summary>What a job does when it falls due.</summary>
public enum JobKind
{
    /// <summary>Runs a service, send or business rule task outside the step that reached it.</summary>
    Activity,

    /// <summary>Fires a timer event of an instance.</summary>
    Timer,

    /// <summary>Fires a timer start event, which starts a new instance.</summary>
    StartTimer,
}

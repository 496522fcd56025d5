namespace EcomErp.Workflows.Messages;

/// <summary>What happened to a published message.</summary>
public enum CorrelationOutcome
{
    /// <summary>A waiting instance received it.</summary>
    Correlated,

    /// <summary>It started a new instance through a message start event.</summary>
    StartedInstance,

    /// <summary>Nothing waits yet; it is kept until its time to live runs out.</summary>
    Buffered,

    /// <summary>A message with the same name and id was published before; this one was ignored.</summary>
    Duplicate,

    /// <summary>Nothing waits and it had no time to live, so it was dropped.</summary>
    NotCorrelated,
}

/// <summary>The outcome of publishing a message, with the instance that received or was started by it.</summary>
public sealed record CorrelationResult(CorrelationOutcome Outcome, Guid? InstanceId = null);

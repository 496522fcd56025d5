namespace EcomErp.Workflows.Runtime;

/// <summary>Where a token is in its life at an element.</summary>
internal enum TokenPhase
{
    /// <summary>Just arrived; the element's behaviour has not run yet.</summary>
    Arriving,

    /// <summary>Parked until something resumes it: a message, timer, job, person, child scope or join.</summary>
    Waiting,

    /// <summary>Stuck on an incident until a person retries or resolves it.</summary>
    Incident,
}

/// <summary>A token: one thread of control at one element of one scope.</summary>
internal sealed class TokenState
{
    public Guid Id { get; set; }

    public Guid ScopeId { get; set; }

    public required string ElementId { get; set; }

    public TokenPhase Phase { get; set; }

    /// <summary>The sequence flow the token came in on; parallel and inclusive joins count these.</summary>
    public string? ArrivedVia { get; set; }

    /// <summary>What the token waits for, in words, for people reading the state.</summary>
    public string? WaitingFor { get; set; }

    /// <summary>The token runs one iteration of a multi-instance activity rather than the whole activity.</summary>
    public bool IsIteration { get; set; }

    /// <summary>
    /// For an incident raised while leaving: a retry takes the outgoing flows again, not the activity.
    /// </summary>
    public bool RetryLeave { get; set; }
}

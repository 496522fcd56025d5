using EcomErp.Workflows.Persistence;

namespace EcomErp.Workflows.Tests.Conformance;

/// <summary>
/// One row of the conformance table: a model, what is done to it, and the exact path and final state it must
/// produce. Elements of child instances appear as <c>childProcessKey/elementId</c>. Files are named relative to
/// the test output folder.
/// </summary>
internal sealed record ConformanceCase(string Name, string File, string Process)
{
    /// <summary>Further files published before the main one, for example the callee of a call activity.</summary>
    public string[] AlsoPublish { get; init; } = [];

    /// <summary>The variables the instance starts with.</summary>
    public object? Given { get; init; }

    /// <summary>What happens before the instance starts, for example a message that arrives early.</summary>
    public ScenarioStep[] Before { get; init; } = [];

    /// <summary>False when a message or timer start event creates the instance instead of a start call.</summary>
    public bool Start { get; init; } = true;

    public ScenarioStep[] Steps { get; init; } = [];

    /// <summary>Every element entered, in order, one entry per token arrival.</summary>
    public required string[] Path { get; init; }

    public InstanceStatus Status { get; init; } = InstanceStatus.Completed;

    /// <summary>The end event the instance records as how it ended, when the case checks it.</summary>
    public string? EndedBy { get; init; }

    public string[] OpenTasks { get; init; } = [];

    /// <summary>Elements that still hold a message subscription or a job (timers included).</summary>
    public string[] Waits { get; init; } = [];

    public string[] Incidents { get; init; } = [];

    /// <summary>Text every open incident's message must contain, such as the element it names.</summary>
    public string? IncidentMentions { get; init; }

    /// <summary>Process variables that must hold these values at the end; others are not checked.</summary>
    public object? Variables { get; init; }

    /// <summary>Names of the messages the instance threw into the outbox, in order.</summary>
    public string[] Outbox { get; init; } = [];

    public override string ToString() => Name;
}

namespace EcomErp.Workflows.Definitions;

/// <summary>What an activity does, from the project's own attributes (and a few common Camunda ones).</summary>
public sealed record ActivitySettings
{
    public static readonly ActivitySettings Empty = new();

    /// <summary>The host activity a service or send task calls, by name.</summary>
    public string? ActivityName { get; init; }

    /// <summary>The rule set a business rule task runs, by name.</summary>
    public string? RuleSet { get; init; }

    /// <summary>The JavaScript body of a script task.</summary>
    public string? Script { get; init; }

    public string? ScriptFormat { get; init; }

    /// <summary>The variable that receives a script's or rule set's result.</summary>
    public string? ResultVariable { get; init; }

    /// <summary>The process key a call activity starts.</summary>
    public string? CalledProcess { get; init; }

    /// <summary>The message a receive or send task waits for or sends.</summary>
    public MessageDefinition? Message { get; init; }

    /// <summary>Run as a job after the current step commits, with retries, instead of inside the step.</summary>
    public bool Async { get; init; }

    /// <summary>How many times a failed job is retried before it becomes an incident.</summary>
    public int Retries { get; init; } = 3;

    /// <summary>ISO-8601 duration before the first retry; it doubles with each further attempt.</summary>
    public string RetryBackoff { get; init; } = "PT10S";

    public string? Assignee { get; init; }

    public IReadOnlyList<string> CandidateGroups { get; init; } = [];

    /// <summary>The outcomes a person may choose when completing a user task, for example approve and reject.</summary>
    public IReadOnlyList<string> Outcomes { get; init; } = [];

    public IReadOnlyList<VariableMapping> Inputs { get; init; } = [];

    public IReadOnlyList<VariableMapping> Outputs { get; init; } = [];
}

using System.Text.Json.Nodes;
using EcomErp.Workflows.Persistence;

namespace EcomErp.Workflows.Queries;

/// <summary>An instance as listed.</summary>
public sealed record InstanceSummary(
    Guid Id,
    string ProcessKey,
    int Version,
    string? BusinessKey,
    InstanceStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    string? EndedBy,
    IReadOnlyList<string> WaitingAt,
    int OpenIncidents);

/// <summary>Where a token is and what it waits for.</summary>
public sealed record TokenView(string ElementId, string Phase, string? WaitingFor);

/// <summary>One journal line.</summary>
public sealed record JournalView(DateTimeOffset At, string Kind, string? ElementId, JsonNode? Detail);

/// <summary>A human task.</summary>
public sealed record TaskView(
    Guid Id,
    Guid InstanceId,
    string ProcessKey,
    string? BusinessKey,
    string ElementId,
    string Name,
    UserTaskStatus Status,
    string? Assignee,
    IReadOnlyList<string> CandidateGroups,
    IReadOnlyList<string> Outcomes,
    JsonNode? Input,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EndedAt,
    string? Outcome,
    string? Comment,
    string? CompletedBy);

/// <summary>An incident with the instance it stops.</summary>
public sealed record IncidentView(
    Guid Id,
    Guid InstanceId,
    string ProcessKey,
    string? BusinessKey,
    string ElementId,
    string Kind,
    string Message,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ResolvedAt,
    string? Resolution);

/// <summary>An instance with everything a person needs to see why it is where it is.</summary>
public sealed record InstanceDetail(
    InstanceSummary Summary,
    IReadOnlyList<TokenView> Tokens,
    JsonObject Variables,
    IReadOnlyList<TaskView> Tasks,
    IReadOnlyList<IncidentView> Incidents,
    IReadOnlyList<JournalView> Journal);

using EcomErp.Workflows.Persistence;

namespace EcomErp.Workflows.Tests.Conformance;

/// <summary>
/// The observable state of an instance and the instances its call activities started, with elements of child
/// instances written as <c>processKey/elementId</c>. Lists are sorted so that they compare as sets.
/// </summary>
internal sealed record InstanceSnapshot(
    InstanceStatus Status,
    string? EndedBy,
    IReadOnlyList<string> Path,
    IReadOnlyList<string> OpenTasks,
    IReadOnlyList<string> Waits,
    IReadOnlyList<string> Incidents,
    IReadOnlyList<string> IncidentMessages,
    IReadOnlyList<string> Outbox);

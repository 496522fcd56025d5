using System.Text.Json.Nodes;

namespace EcomErp.Workflows.Runtime;

/// <summary>What kind of scope a <see cref="ScopeState"/> is.</summary>
internal enum ScopeKind
{
    Process,
    SubProcess,
    EventSubProcess,
    MultiInstanceBody,
    MultiInstanceIteration,
}

/// <summary>
/// A scope instance: the process, a running subprocess, an event subprocess, or a multi-instance body and its
/// iterations. Scopes hold local variables; tokens live in scopes; cancelling a scope removes all inside it.
/// </summary>
internal sealed class ScopeState
{
    public Guid Id { get; set; }

    public Guid? ParentId { get; set; }

    public ScopeKind Kind { get; set; }

    /// <summary>The subprocess or multi-instance activity this scope runs; null for the process.</summary>
    public string? ElementId { get; set; }

    /// <summary>The token in the parent scope that waits until this scope completes.</summary>
    public Guid? HostTokenId { get; set; }

    public Dictionary<string, JsonNode?> Variables { get; set; } = new(StringComparer.Ordinal);

    public MultiInstanceProgress? Loop { get; set; }

    /// <summary>For an event subprocess: whether it interrupted its parent scope when it started.</summary>
    public bool Interrupting { get; set; }
}

/// <summary>Counters of a multi-instance body, visible to expressions under their BPMN names.</summary>
internal sealed class MultiInstanceProgress
{
    public int Total { get; set; }

    public int Started { get; set; }

    public int Completed { get; set; }

    public bool IsSequential { get; set; }

    public JsonArray? Items { get; set; }

    public int Active => Started - Completed;
}

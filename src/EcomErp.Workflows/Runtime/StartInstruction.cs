using System.Text.Json.Nodes;
using EcomErp.Workflows.Definitions;
using EcomErp.Workflows.Publishing;

namespace EcomErp.Workflows.Runtime;

/// <summary>Everything needed to create an instance: which version, where to begin, and its first variables.</summary>
internal sealed record StartInstruction(
    DeployedProcess Process,
    FlowNode StartEvent,
    IReadOnlyDictionary<string, JsonNode?> Variables,
    string? BusinessKey,
    Guid? ParentInstanceId = null,
    Guid? ParentTokenId = null);

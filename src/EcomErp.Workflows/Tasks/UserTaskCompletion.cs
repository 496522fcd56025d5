using System.Text.Json.Nodes;

namespace EcomErp.Workflows.Tasks;

/// <summary>What a person decided on a user task.</summary>
/// <param name="Outcome">One of the task's outcomes, for example approve or reject.</param>
/// <param name="Comment">Free text kept on the task.</param>
/// <param name="CompletedBy">Who completed it.</param>
/// <param name="Variables">Values to set on the instance.</param>
public sealed record UserTaskCompletion(
    string? Outcome,
    string? Comment,
    string? CompletedBy,
    IReadOnlyDictionary<string, JsonNode?> Variables);

using System.Text.Json.Nodes;

namespace EcomErp.Workflows.Runtime;

/// <summary>How one attempt of an activity ended.</summary>
internal sealed record ActivityOutcome
{
    public IReadOnlyDictionary<string, JsonNode?> Outputs { get; init; } = new Dictionary<string, JsonNode?>();

    public string? ErrorCode { get; init; }

    public Exception? Failure { get; init; }

    public bool Succeeded => ErrorCode is null && Failure is null;

    public static ActivityOutcome Completed(IReadOnlyDictionary<string, JsonNode?> outputs) =>
        new() { Outputs = outputs };

    public static ActivityOutcome BpmnError(string code, string message) =>
        new() { ErrorCode = code, Failure = new InvalidOperationException(message) };

    public static ActivityOutcome Failed(Exception failure) => new() { Failure = failure };
}

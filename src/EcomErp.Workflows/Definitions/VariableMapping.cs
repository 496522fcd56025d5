namespace EcomErp.Workflows.Definitions;

/// <summary>
/// Copies the value of a JavaScript <see cref="Source"/> expression into the variable <see cref="Target"/>:
/// inputs before an activity runs, outputs after it completes.
/// </summary>
public sealed record VariableMapping(string Target, string Source);

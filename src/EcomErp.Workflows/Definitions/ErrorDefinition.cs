namespace EcomErp.Workflows.Definitions;

/// <summary>A BPMN error; catches match on <see cref="Code"/>.</summary>
public sealed record ErrorDefinition(string Id, string? Code, string? Name);

namespace EcomErp.Workflows.Definitions;

/// <summary>One reason a definition cannot be published, located by element id, element type and line.</summary>
public sealed record ValidationProblem(string? ElementId, string? ElementType, int Line, string Message)
{
    public override string ToString() =>
        ElementId is null ? $"line {Line}: {Message}" : $"{ElementType} '{ElementId}' (line {Line}): {Message}";
}

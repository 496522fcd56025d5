namespace EcomErp.Workflows.Expressions;

/// <summary>Checks JavaScript syntax without running anything, for validation at publish time.</summary>
public static class ExpressionSyntax
{
    /// <summary>Returns null when <paramref name="javaScript"/> parses, otherwise the parser's message.</summary>
    public static string? Check(string javaScript)
    {
        PreparedScripts.Prepare(javaScript, out var problem);
        return problem;
    }
}

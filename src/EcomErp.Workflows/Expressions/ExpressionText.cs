namespace EcomErp.Workflows.Expressions;

/// <summary>
/// Turns an expression as written in a BPMN file into the JavaScript the engine runs. Plain JavaScript is taken
/// as it is; a Camunda 7 style <c>${...}</c> or <c>#{...}</c> wrapper is removed when its body is valid
/// JavaScript; FEEL (<c>=...</c>) and other dialects are refused.
/// </summary>
public static class ExpressionText
{
    /// <summary>Returns the JavaScript for <paramref name="written"/>, or null and the reason it cannot run.</summary>
    public static string? ToJavaScript(string written, out string? problem)
    {
        var text = written.Trim();
        problem = null;
        if (text.Length == 0)
        {
            problem = "the expression is empty";
            return null;
        }

        if (text.StartsWith('='))
        {
            problem = "FEEL expressions (starting with '=') are not supported; write JavaScript";
            return null;
        }

        if (IsWrapped(text))
        {
            text = text[2..^1].Trim();
        }

        problem = ExpressionSyntax.Check(text);
        return problem is null ? text : null;
    }

    /// <summary>True when the text is a template containing a <c>${...}</c> placeholder rather than code.</summary>
    public static bool IsWrapped(string text) =>
        (text.StartsWith("${", StringComparison.Ordinal) || text.StartsWith("#{", StringComparison.Ordinal))
        && text.EndsWith('}')
        && text.IndexOf('}', 2) == text.Length - 1;
}

namespace EcomErp.Workflows.Expressions;

/// <summary>An expression or script that failed to parse, threw, broke a limit, or returned the wrong type.</summary>
public sealed class ExpressionException : Exception
{
    public ExpressionException(string expression, string reason, Exception? inner = null)
        : base($"Expression '{Shorten(expression)}' failed: {reason}", inner)
    {
        Expression = expression;
        Reason = reason;
    }

    public string Expression { get; }

    public string Reason { get; }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";
}

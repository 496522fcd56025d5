namespace EcomErp.Workflows.Expressions;

/// <summary>
/// Bounds on one evaluation, so that a careless or hostile expression cannot stall a worker or exhaust memory.
/// </summary>
public sealed record ExpressionLimits
{
    public static readonly ExpressionLimits Default = new();

    public TimeSpan Timeout { get; init; } = TimeSpan.FromMilliseconds(500);

    public int MaxStatements { get; init; } = 100_000;

    public long MaxMemoryBytes { get; init; } = 32 * 1024 * 1024;

    public int MaxRecursionDepth { get; init; } = 64;
}

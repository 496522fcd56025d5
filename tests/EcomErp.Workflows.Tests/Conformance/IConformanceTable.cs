namespace EcomErp.Workflows.Tests.Conformance;

/// <summary>A feature's conformance cases.</summary>
public interface IConformanceTable
{
    internal static abstract IReadOnlyList<ConformanceCase> Cases { get; }
}

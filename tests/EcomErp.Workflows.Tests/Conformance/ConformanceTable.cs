using System.Diagnostics.CodeAnalysis;

namespace EcomErp.Workflows.Tests.Conformance;

/// <summary>Runs a feature's conformance cases as one xunit theory row per case name.</summary>
public abstract class ConformanceTable<TFeature>
    where TFeature : IConformanceTable
{
    [SuppressMessage("Design", "CA1000", Justification = "xunit reads theory rows from a static member.")]
    public static TheoryData<string> Names => new(TFeature.Cases.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public Task Run_ConformanceCase_FollowsExpectedPath(string name) =>
        ScenarioRun.RunAsync(TFeature.Cases.Single(c => c.Name == name));
}

namespace EcomErp.Workflows.Tests.Conformance;

/// <summary>Turns a feature's cases into xunit theory rows, one per case name.</summary>
internal static class ConformanceTable
{
    public static TheoryData<string> Names(IEnumerable<ConformanceCase> cases) => new(cases.Select(c => c.Name));

    public static Task RunAsync(IEnumerable<ConformanceCase> cases, string name) =>
        ScenarioRun.RunAsync(cases.Single(c => c.Name == name));
}

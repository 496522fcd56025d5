namespace EcomErp.Workflows.Definitions;

/// <summary>
/// The result of reading a BPMN file: the executable processes it defines and every problem found.
/// A file with any problem must not be published.
/// </summary>
public sealed record ParsedDefinitions(IReadOnlyList<ProcessModel> Processes, IReadOnlyList<ValidationProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}

namespace EcomErp.Workflows.Definitions;

/// <summary>Multi-instance characteristics of an activity.</summary>
/// <param name="IsSequential">Run the iterations one after another instead of all at once.</param>
/// <param name="Collection">Expression that yields the array to iterate over.</param>
/// <param name="ElementVariable">Iteration-local variable that holds the current item.</param>
/// <param name="Cardinality">Expression for the number of iterations when there is no collection.</param>
/// <param name="CompletionCondition">Checked after every iteration; true ends the activity early.</param>
public sealed record MultiInstance(
    bool IsSequential,
    string? Collection,
    string? ElementVariable,
    string? Cardinality,
    string? CompletionCondition);

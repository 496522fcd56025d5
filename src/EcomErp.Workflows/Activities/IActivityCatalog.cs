using EcomErp.Workflows.Definitions;

namespace EcomErp.Workflows.Activities;

/// <summary>
/// The activities and rule sets a host offers to workflows, by the names models use, and what the host relies on
/// in the processes it starts and sends messages to itself.
/// </summary>
public interface IActivityCatalog
{
    /// <summary>The activity a service or send task calls through <c>erp:activity</c>, or null if unknown.</summary>
    IWorkflowActivity? FindActivity(string name);

    /// <summary>The rule set a business rule task runs through <c>erp:ruleSet</c>, or null if unknown.</summary>
    IWorkflowActivity? FindRuleSet(string name);

    /// <summary>
    /// Why <paramref name="process"/> cannot stand in for a process the host depends on, in plain words; empty
    /// when it can, or when the host does not depend on a process of that key. A version that breaks what the
    /// host relies on is refused at publish like any other unrunnable model.
    /// </summary>
    IEnumerable<string> ContractProblems(ProcessModel process) => [];
}

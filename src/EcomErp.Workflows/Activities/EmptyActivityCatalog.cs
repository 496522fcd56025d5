namespace EcomErp.Workflows.Activities;

/// <summary>A catalog with nothing in it, for hosts and tests that run only self-contained models.</summary>
public sealed class EmptyActivityCatalog : IActivityCatalog
{
    public static readonly EmptyActivityCatalog Instance = new();

    public IWorkflowActivity? FindActivity(string name) => null;

    public IWorkflowActivity? FindRuleSet(string name) => null;
}

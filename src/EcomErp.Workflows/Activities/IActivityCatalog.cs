namespace EcomErp.Workflows.Activities;

/// <summary>The activities and rule sets a host offers to workflows, by the names models use.</summary>
public interface IActivityCatalog
{
    /// <summary>The activity a service or send task calls through <c>erp:activity</c>, or null if unknown.</summary>
    IWorkflowActivity? FindActivity(string name);

    /// <summary>The rule set a business rule task runs through <c>erp:ruleSet</c>, or null if unknown.</summary>
    IWorkflowActivity? FindRuleSet(string name);
}

using EcomErp.Workflows.Activities;

namespace EcomErp.Workflows.TestHost;

internal sealed class HostCatalog(WorkActivity work) : IActivityCatalog
{
    public IWorkflowActivity? FindActivity(string name) => name == "work" ? work : null;

    public IWorkflowActivity? FindRuleSet(string name) => null;
}

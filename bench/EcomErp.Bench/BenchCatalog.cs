using EcomErp.Workflows.Activities;

namespace EcomErp.Bench;

/// <summary>Activities that only set an output, so that the benchmark measures the engine and not the domain.</summary>
internal sealed class BenchCatalog : IActivityCatalog, IWorkflowActivity
{
    public IWorkflowActivity? FindActivity(string name) => this;

    public IWorkflowActivity? FindRuleSet(string name) => null;

    public Task ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        context.SetOutput(context.ElementId + "Done", true);
        return Task.CompletedTask;
    }
}

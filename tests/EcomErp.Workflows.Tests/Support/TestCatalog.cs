using System.Collections.Concurrent;
using EcomErp.Workflows.Activities;

namespace EcomErp.Workflows.Tests.Support;

/// <summary>Activities defined inline by a test, by name.</summary>
internal sealed class TestCatalog : IActivityCatalog
{
    private readonly ConcurrentDictionary<string, IWorkflowActivity> activities = new();
    private readonly ConcurrentDictionary<string, IWorkflowActivity> ruleSets = new();

    public void Activity(string name, Func<ActivityContext, Task> body) => activities[name] = new Lambda(body);

    public void Activity(string name, Action<ActivityContext> body) =>
        Activity(name, context =>
        {
            body(context);
            return Task.CompletedTask;
        });

    public void RuleSet(string name, Action<ActivityContext> body) => ruleSets[name] = new Lambda(context =>
    {
        body(context);
        return Task.CompletedTask;
    });

    public IWorkflowActivity? FindActivity(string name) => activities.GetValueOrDefault(name);

    public IWorkflowActivity? FindRuleSet(string name) => ruleSets.GetValueOrDefault(name);

    private sealed class Lambda(Func<ActivityContext, Task> body) : IWorkflowActivity
    {
        public Task ExecuteAsync(ActivityContext context, CancellationToken cancellationToken) => body(context);
    }
}

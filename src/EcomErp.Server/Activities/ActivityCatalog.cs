using EcomErp.Workflows.Activities;
using EcomErp.Workflows.Definitions;

namespace EcomErp.Server.Activities;

/// <summary>The activities and rule sets this server offers to workflows, registered by name at start-up.</summary>
internal sealed class ActivityCatalog(IEnumerable<ActivityRegistration> registrations, IServiceProvider services)
    : IActivityCatalog
{
    private readonly Dictionary<string, ActivityRegistration> activities = registrations
        .Where(r => !r.IsRuleSet)
        .ToDictionary(r => r.Name, StringComparer.Ordinal);

    private readonly Dictionary<string, ActivityRegistration> ruleSets = registrations
        .Where(r => r.IsRuleSet)
        .ToDictionary(r => r.Name, StringComparer.Ordinal);

    public IReadOnlyCollection<string> ActivityNames => activities.Keys;

    public IReadOnlyCollection<string> RuleSetNames => ruleSets.Keys;

    public IWorkflowActivity? FindActivity(string name) => Resolve(activities, name);

    public IWorkflowActivity? FindRuleSet(string name) => Resolve(ruleSets, name);

    public IEnumerable<string> ContractProblems(ProcessModel process) => ProcessContracts.Problems(process);

    private IWorkflowActivity? Resolve(Dictionary<string, ActivityRegistration> registry, string name) =>
        registry.TryGetValue(name, out var registration)
            ? (IWorkflowActivity)services.GetRequiredService(registration.Type)
            : null;
}

/// <summary>An activity type offered under a name.</summary>
internal sealed record ActivityRegistration(string Name, Type Type, bool IsRuleSet);

internal static class ActivityRegistrationExtensions
{
    public static IServiceCollection AddActivity<T>(this IServiceCollection services, string name)
        where T : class, IWorkflowActivity
    {
        services.AddSingleton<T>();
        return services.AddSingleton(new ActivityRegistration(name, typeof(T), IsRuleSet: false));
    }

    public static IServiceCollection AddRuleSet<T>(this IServiceCollection services, string name)
        where T : class, IWorkflowActivity
    {
        services.AddSingleton<T>();
        return services.AddSingleton(new ActivityRegistration(name, typeof(T), IsRuleSet: true));
    }
}

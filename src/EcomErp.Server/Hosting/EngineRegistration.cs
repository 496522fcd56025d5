using EcomErp.Server.Activities;
using EcomErp.Server.Logging;
using EcomErp.Workflows.Activities;
using EcomErp.Workflows.Engine;
using EcomErp.Workflows.Jobs;
using EcomErp.Workflows.Observability;
using EcomErp.Workflows.Runtime;
using Npgsql;

namespace EcomErp.Server.Hosting;

internal static class EngineRegistration
{
    /// <summary>The database, the workflow engine and its worker, sharing one PostgreSQL data source.</summary>
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Default")
            ?? throw new InvalidOperationException(
                "No connection string is configured. Set ConnectionStrings__Default, or start the service with " +
                "./run.sh, which provisions a local PostgreSQL.");
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ActivityCatalog>();
        services.AddSingleton<IActivityCatalog>(sp => sp.GetRequiredService<ActivityCatalog>());
        services.AddSingleton<WorkflowMetrics>();
        services.AddSingleton<IWorkflowObserver>(sp => new CompositeWorkflowObserver(
            [new SerilogWorkflowObserver(Serilog.Log.Logger), sp.GetRequiredService<WorkflowMetrics>()]));
        services.AddSingleton(new WorkflowEngineOptions());
        services.AddSingleton<WorkflowEngine>(sp => new WorkflowEngine(
            sp.GetRequiredService<NpgsqlDataSource>(),
            sp.GetRequiredService<IActivityCatalog>(),
            sp.GetRequiredService<IWorkflowObserver>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<WorkflowEngineOptions>()));
        services.AddSingleton<JobWorker>();
        services.AddSingleton<StartupGate>();
        if (configuration.GetValue($"{ServerOptions.Section}:{nameof(ServerOptions.RunJobWorker)}", true))
        {
            services.AddHostedService<JobWorkerService>();
        }

        return services;
    }
}

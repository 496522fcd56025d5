using EcomErp.Workflows.Engine;
using EcomErp.Workflows.Observability;
using EcomErp.Workflows.Runtime;
using EcomErp.Workflows.TestHost;
using Npgsql;

// Runs every job that is due, until none is due any more, then prints how many it ran and exits.
var options = HostOptions.Parse(args);
await using var dataSource = NpgsqlDataSource.Create(options.ConnectionString);
var engine = new WorkflowEngine(
    dataSource,
    new HostCatalog(new WorkActivity(options)),
    NullWorkflowObserver.Instance,
    new OffsetTimeProvider(options.ClockOffset),
    new WorkflowEngineOptions { WorkerId = options.WorkerId, JobLease = options.Lease, JobBatchSize = 4 });

using var deadline = new CancellationTokenSource(options.Deadline);
var ran = 0;
int claimed;
while ((claimed = await engine.RunDueJobsAsync(deadline.Token)) > 0)
{
    ran += claimed;
}

Console.WriteLine($"RAN {ran}");

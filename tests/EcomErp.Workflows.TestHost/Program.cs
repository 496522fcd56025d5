using EcomErp.Workflows.Engine;
using EcomErp.Workflows.Observability;
using EcomErp.Workflows.Runtime;
using EcomErp.Workflows.TestHost;
using Npgsql;

// Runs every job that is due, until none is due any more, then prints how many it ran and exits. With
// --wait-for-go it first says READY and waits for a line on standard input, so that a test can start several
// hosts at the same moment.
var options = HostOptions.Parse(args);
await using var dataSource = NpgsqlDataSource.Create(options.ConnectionString);
var engine = new WorkflowEngine(
    dataSource,
    new HostCatalog(new WorkActivity(options)),
    NullWorkflowObserver.Instance,
    new OffsetTimeProvider(options.ClockOffset),
    new WorkflowEngineOptions { WorkerId = options.WorkerId, JobLease = options.Lease, JobBatchSize = 4 });

if (options.WaitForGo)
{
    Console.WriteLine("READY");
    await Console.In.ReadLineAsync();
}

using var deadline = new CancellationTokenSource(options.Deadline);
var ran = 0;
int claimed;
while ((claimed = await engine.RunDueJobsAsync(deadline.Token)) > 0)
{
    ran += claimed;
}

Console.WriteLine($"RAN {ran}");

using EcomErp.Workflows.Activities;
using Npgsql;

namespace EcomErp.Workflows.TestHost;

/// <summary>
/// Records that it ran in the table <c>executions</c>, inside the step's transaction, whose primary key makes a
/// second run of the same element of the same instance fail. With <c>--hang</c> it then blocks forever, so that
/// the test can kill the process while the step is open.
/// </summary>
internal sealed class WorkActivity(HostOptions options) : IWorkflowActivity
{
    public async Task ExecuteAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        await using var insert = new NpgsqlCommand(
            "INSERT INTO executions (instance_id, element_id, worker) VALUES ($1, $2, $3)",
            context.Connection,
            context.Transaction);
        insert.Parameters.Add(new NpgsqlParameter { Value = context.InstanceId });
        insert.Parameters.Add(new NpgsqlParameter { Value = context.ElementId });
        insert.Parameters.Add(new NpgsqlParameter { Value = options.WorkerId });
        await insert.ExecuteNonQueryAsync(cancellationToken);
        await Task.Delay(options.WorkDelay, cancellationToken);
        if (options.HangInWork)
        {
            await Console.Out.WriteLineAsync($"HANG {context.InstanceId}");
            await Console.Out.FlushAsync(cancellationToken);
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }
}

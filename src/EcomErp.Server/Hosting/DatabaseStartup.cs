using EcomErp.Workflows.Engine;
using EcomErp.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace EcomErp.Server.Hosting;

/// <summary>
/// Brings the database up to date before the server takes requests: creates it if missing, applies the
/// migrations of every schema, seeds demo data into an empty database, and publishes the workflows folder.
/// </summary>
internal sealed class DatabaseStartup(
    NpgsqlDataSource dataSource,
    WorkflowEngine engine,
    IEnumerable<ISchemaMigrator> migrators,
    IOptions<ServerOptions> options,
    StartupGate gate,
    ILogger<DatabaseStartup> logger)
{
    public async Task RunAsync(CancellationToken ct)
    {
        await EnsureDatabaseExistsAsync(ct);
        await using (var workflow = new WorkflowDbContext(WorkflowDbContext.OptionsFor(dataSource)))
        {
            await workflow.Database.MigrateAsync(ct);
        }

        foreach (var migrator in migrators)
        {
            await migrator.MigrateAsync(ct);
        }

        await PublishWorkflowsAsync(ct);
        gate.Open();
    }

    private async Task EnsureDatabaseExistsAsync(CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
        var database = builder.Database ?? "postgres";
        builder.Database = "postgres";
        builder.Pooling = false;
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(ct) is null)
        {
            logger.LogInformation("Creating database {Database}", database);
            var quoted = database.Replace("\"", "\"\"", StringComparison.Ordinal);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{quoted}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
    }

    private async Task PublishWorkflowsAsync(CancellationToken ct)
    {
        var folder = options.Value.ResolveWorkflowsPath();
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Workflow folder {Folder} does not exist; no workflows were published", folder);
            return;
        }

        foreach (var (file, result) in await engine.Definitions.PublishFolderAsync(folder, ct))
        {
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The workflow {file} cannot be published:{Environment.NewLine}" +
                    string.Join(Environment.NewLine, result.Problems));
            }

            foreach (var version in result.Versions)
            {
                logger.LogInformation("Workflow {ProcessKey} is at version {Version} ({Change})",
                    version.Key, version.Version, version.IsNew ? "published now" : "unchanged");
            }
        }
    }
}

/// <summary>A schema besides the engine's that must be migrated (and possibly seeded) at start-up.</summary>
internal interface ISchemaMigrator
{
    Task MigrateAsync(CancellationToken ct);
}

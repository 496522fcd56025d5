using EcomErp.Testing;
using EcomErp.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Workflows.Tests.Support;

/// <summary>A fresh database with the engine's schema, dropped when the test class is done.</summary>
public sealed class WorkflowDatabase : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync() =>
        ConnectionString = await TestPostgres.CreateDatabaseAsync("workflow", MigrateAsync);

    public Task DisposeAsync() => TestPostgres.DropDatabaseAsync(ConnectionString);

    public static async Task MigrateAsync(string connectionString)
    {
        await using var db = new WorkflowDbContext(WorkflowDbContext.OptionsFor(connectionString));
        await db.Database.MigrateAsync();
    }
}

using System.Collections.Concurrent;
using Npgsql;

namespace EcomErp.Testing;

/// <summary>
/// Hands out empty PostgreSQL databases on the throwaway server that ./test.sh starts.
/// Each schema is migrated once per test run into a template database; every test class then gets a fresh copy,
/// which PostgreSQL makes in a fraction of the time a migration takes.
/// </summary>
public static class TestPostgres
{
    private const string ServerVariable = "ECOMERP_TEST_POSTGRES";
    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Templates = new();

    /// <summary>The connection string of the test server's maintenance database.</summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(ServerVariable)
        ?? throw new InvalidOperationException(
            $"{ServerVariable} is not set. Run the tests with ./test.sh, which starts a throwaway PostgreSQL.");

    /// <summary>
    /// Creates a new database whose schema was produced by <paramref name="migrate"/>, and returns its connection
    /// string. <paramref name="schemaName"/> identifies the schema; it is migrated once per process.
    /// </summary>
    public static async Task<string> CreateDatabaseAsync(string schemaName, Func<string, Task> migrate)
    {
        var template = await Templates.GetOrAdd(schemaName, name => new Lazy<Task<string>>(
            () => CreateTemplateAsync(name, migrate))).Value;
        var database = "t_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync($"CREATE DATABASE \"{database}\" TEMPLATE \"{template}\"");
        return ConnectionStringFor(database);
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing its open connections.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    private static async Task<string> CreateTemplateAsync(string schemaName, Func<string, Task> migrate)
    {
        // PostgreSQL cuts identifiers at 63 bytes; shorter names are kept whole.
        var name = $"tpl_{schemaName}_{Environment.ProcessId}_{Guid.NewGuid():N}";
        var template = name[..Math.Min(name.Length, 60)].ToLowerInvariant();
        await ExecuteAsync($"CREATE DATABASE \"{template}\"");
        var connectionString = ConnectionStringFor(template, pooling: false);
        await migrate(connectionString);
        return template;
    }

    private static string ConnectionStringFor(string database, bool pooling = true) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString)
        {
            Database = database,
            Pooling = pooling,
            MaxPoolSize = 100,
            IncludeErrorDetail = true,
        }.ConnectionString;

    private static async Task ExecuteAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

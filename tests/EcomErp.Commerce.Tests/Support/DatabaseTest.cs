using EcomErp.Commerce.Persistence;
using EcomErp.Testing;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace EcomErp.Commerce.Tests.Support;

/// <summary>Gives each test a fresh, migrated commerce database on the throwaway server.</summary>
public abstract class DatabaseTest : IAsyncLifetime
{
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 5, 4, 15, 0, 0, TimeSpan.Zero));

    protected string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync() =>
        ConnectionString = await TestPostgres.CreateDatabaseAsync("commerce", cs => CommerceDatabase.MigrateAsync(cs));

    public Task DisposeAsync() => TestPostgres.DropDatabaseAsync(ConnectionString);

    protected CommerceDbContext NewContext() => new(CommerceDatabase.CreateOptions(ConnectionString));

    /// <summary>
    /// Runs <paramref name="work"/> the way the host does: on its own connection, in one transaction.
    /// </summary>
    protected async Task<T> InTransactionAsync<T>(Func<CommerceDbContext, Task<T>> work)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var db = await CommerceDatabase.OpenAsync(connection, transaction);
        var result = await work(db);
        await transaction.CommitAsync();
        return result;
    }
}

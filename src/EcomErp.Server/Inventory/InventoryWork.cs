using EcomErp.Commerce.Persistence;
using Npgsql;

namespace EcomErp.Server.Inventory;

/// <summary>Runs inventory work in one transaction on its own connection, as the stock services require.</summary>
internal sealed class InventoryWork(NpgsqlDataSource dataSource)
{
    public async Task<T> RunAsync<T>(
        Func<CommerceDbContext, Task<T>> work,
        CancellationToken ct,
        System.Data.IsolationLevel isolation = System.Data.IsolationLevel.ReadCommitted)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(isolation, ct);
        await using var db = await CommerceDatabase.OpenAsync(connection, transaction, ct);
        var result = await work(db);
        await transaction.CommitAsync(ct);
        return result;
    }

    /// <summary>A read that sees one consistent snapshot of every table.</summary>
    public Task<T> ReadAsync<T>(Func<CommerceDbContext, Task<T>> work, CancellationToken ct) =>
        RunAsync(work, ct, System.Data.IsolationLevel.RepeatableRead);
}

using System.Diagnostics;
using Npgsql;

namespace EcomErp.Bench;

/// <summary>
/// The database's own ceiling: single-row INSERTs, each its own commit, from 16 connections at once. The engine
/// commits at least once per step it persists, so this bounds what it can reach on the same server.
/// </summary>
internal static class InsertBenchmark
{
    private const int Connections = 16;

    public static async Task<double> RunAsync(NpgsqlDataSource dataSource, TimeSpan duration)
    {
        await using (var create = dataSource.CreateCommand(
            "DROP TABLE IF EXISTS bench_insert; CREATE TABLE bench_insert (id bigserial PRIMARY KEY, payload text)"))
        {
            await create.ExecuteNonQueryAsync();
        }

        var watch = Stopwatch.StartNew();
        var inserters = Enumerable.Range(0, Connections).Select(_ => InsertUntilAsync(dataSource, watch, duration));
        var counts = await Task.WhenAll(inserters);
        return counts.Sum() / watch.Elapsed.TotalSeconds;
    }

    private static async Task<int> InsertUntilAsync(NpgsqlDataSource dataSource, Stopwatch watch, TimeSpan duration)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var insert = new NpgsqlCommand("INSERT INTO bench_insert (payload) VALUES ('order')", connection);
        await insert.PrepareAsync();
        var count = 0;
        while (watch.Elapsed < duration)
        {
            await insert.ExecuteNonQueryAsync();
            count++;
        }

        return count;
    }
}

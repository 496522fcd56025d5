using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Monetary;
using EcomErp.Commerce.Persistence;
using Npgsql;

namespace EcomErp.InventoryBench;

/// <summary>A throwaway database for one run: migrated, with two nodes, two channels and the SKUs stocked.</summary>
internal static class BenchDatabase
{
    public const string Channel = "web";

    public static async Task<string> CreateAsync(string server, IReadOnlyList<string> skus)
    {
        var name = $"inv_bench_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(server)
        {
            Database = name, MaxPoolSize = 64, ApplicationName = "inventory-bench",
        }.ConnectionString;
        await CommerceDatabase.MigrateAsync(connectionString);
        await StockAsync(connectionString, skus);
        return connectionString;
    }

    public static async Task DropAsync(string server, string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task StockAsync(string connectionString, IReadOnlyList<string> skus)
    {
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(connectionString));
        var usd = new Money(1m, "USD");
        db.Channels.AddRange(new Channel(Channel, Channel, PayloadFormat.Canonical, "USD"),
            new Channel("market", "market", PayloadFormat.Canonical, "USD"));
        db.Nodes.AddRange(new Node("N1", "N1", NodeKind.DistributionCentre, ("GB", null), usd, usd),
            new Node("N2", "N2", NodeKind.Store, ("GB", null), usd, usd));
        db.Skus.AddRange(skus.Select(sku => new Sku(sku, sku)));
        foreach (var (sku, node) in skus.SelectMany(sku => new[] { (sku, "N1"), (sku, "N2") }))
        {
            var position = new StockPosition(sku, node);
            db.StockPositions.Add(position);
            OpeningStock.Book(db, position, MovementKind.Receipt, 5_000_000, DateTimeOffset.UtcNow);
        }

        await db.SaveChangesAsync();
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

using EcomErp.Commerce.Persistence;
using EcomErp.Commerce.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace EcomErp.Server.Hosting;

/// <summary>Migrates the commerce schema and, when asked to, seeds the demo data into an empty database.</summary>
internal sealed class CommerceMigrator(
    NpgsqlDataSource dataSource,
    IOptions<ServerOptions> options,
    TimeProvider time,
    ILogger<CommerceMigrator> logger) : ISchemaMigrator
{
    public async Task MigrateAsync(CancellationToken ct)
    {
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(dataSource));
        await db.Database.MigrateAsync(ct);
        if (!options.Value.SeedDemoData)
        {
            return;
        }

        var path = options.Value.ResolveSeedPath();
        var seed = await DevSeeder.LoadAsync(path, ct);
        if (await DevSeeder.ApplyAsync(db, seed, time.GetUtcNow(), ct))
        {
            logger.LogInformation("Seeded the demo channels, nodes and stock from {SeedPath}", path);
        }
    }
}

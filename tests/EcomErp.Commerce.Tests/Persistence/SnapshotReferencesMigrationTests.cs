using EcomErp.Commerce.Persistence;
using EcomErp.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace EcomErp.Commerce.Tests.Persistence;

/// <summary>
/// The migration that makes a snapshot's source and reference unique, run over reports kept before it, when a
/// snapshot sent twice was counted twice under one reference.
/// </summary>
public sealed class SnapshotReferencesMigrationTests : IAsyncLifetime
{
    private string connectionString = "";

    public async Task InitializeAsync() =>
        connectionString = await TestPostgres.CreateDatabaseAsync("empty", _ => Task.CompletedTask);

    public Task DisposeAsync() => TestPostgres.DropDatabaseAsync(connectionString);

    [Fact]
    public async Task Migrate_RepeatedReferencesKept_RenamesTheLaterOnesAndThenRefusesAnother()
    {
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(connectionString));
        await db.GetService<IMigrator>().MigrateAsync("20261204163840_ChannelIntake");
        foreach (var (source, reference) in new[] { ("wms", "R-1"), ("wms", "R-1"), ("wms", "R-2"), ("erp", "R-1") })
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO commerce.stock_reconciliations
                    (source, reference, reconciled_at, compared, matched, accuracy, lines)
                VALUES ({source}, {reference}, now(), 0, 0, 1, '[]')
                """);
        }

        await db.Database.MigrateAsync();

        var kept = await db.StockReconciliations.AsNoTracking().OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.Source, r.Reference }).ToListAsync();
        Assert.Equal(
            [("wms", "R-1"), ("wms", $"R-1 (repeat {kept[1].Id})"), ("wms", "R-2"), ("erp", "R-1")],
            kept.Select(r => (r.Source, r.Reference)));
        var again = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlAsync($"""
            INSERT INTO commerce.stock_reconciliations
                (source, reference, reconciled_at, compared, matched, accuracy, lines)
            VALUES ('wms', 'R-2', now(), 0, 0, 1, '[]')
            """));
        Assert.Equal(PostgresErrorCodes.UniqueViolation, again.SqlState);
    }

    [Fact]
    public async Task Model_IsWhatTheMigrationsBuild()
    {
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(connectionString));

        Assert.False(db.Database.HasPendingModelChanges());
    }
}

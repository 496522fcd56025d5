using Microsoft.EntityFrameworkCore;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace EcomErp.Commerce.Persistence;

/// <summary>Builds <see cref="CommerceDbContext"/> options and applies the commerce migrations.</summary>
public static class CommerceDatabase
{
    /// <summary>The schema every commerce table lives in.</summary>
    public const string Schema = "commerce";

    /// <summary>The commerce migrations' own history table, in <see cref="Schema"/>.</summary>
    public const string MigrationsHistoryTable = "__ef_migrations";

    /// <summary>
    /// Options for a context that uses <paramref name="connection"/> and never closes or disposes it, so the host can
    /// share one connection, and with <see cref="OpenAsync"/> one transaction, with the workflow engine.
    /// </summary>
    public static DbContextOptions<CommerceDbContext> CreateOptions(NpgsqlConnection connection) =>
        Configure(new DbContextOptionsBuilder<CommerceDbContext>()
            .UseNpgsql(connection, contextOwnsConnection: false, Npgsql)).Options;

    /// <summary>
    /// Options for a context that takes connections from <paramref name="dataSource"/> as it needs them.
    /// </summary>
    public static DbContextOptions<CommerceDbContext> CreateOptions(NpgsqlDataSource dataSource) =>
        Configure(new DbContextOptionsBuilder<CommerceDbContext>().UseNpgsql(dataSource, Npgsql)).Options;

    /// <summary>
    /// Options for a context that opens its own connections from <paramref name="connectionString"/>.
    /// </summary>
    public static DbContextOptions<CommerceDbContext> CreateOptions(string connectionString) =>
        Configure(new DbContextOptionsBuilder<CommerceDbContext>().UseNpgsql(connectionString, Npgsql)).Options;

    /// <summary>
    /// Creates a context on the host's open <paramref name="connection"/> that enlists in
    /// <paramref name="transaction"/>: whatever it saves commits or rolls back with the host's transaction.
    /// </summary>
    public static async Task<CommerceDbContext> OpenAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var db = new CommerceDbContext(CreateOptions(connection));
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        return db;
    }

    /// <summary>
    /// Brings the commerce schema at <paramref name="connectionString"/> up to the latest migration.
    /// </summary>
    public static async Task MigrateAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var db = new CommerceDbContext(CreateOptions(connectionString));
        await db.Database.MigrateAsync(cancellationToken);
    }

    private static DbContextOptionsBuilder<CommerceDbContext> Configure(
        DbContextOptionsBuilder<CommerceDbContext> builder) =>
        builder.UseSnakeCaseNamingConvention();

    private static void Npgsql(NpgsqlDbContextOptionsBuilder options) =>
        options.MigrationsHistoryTable(MigrationsHistoryTable, Schema);
}

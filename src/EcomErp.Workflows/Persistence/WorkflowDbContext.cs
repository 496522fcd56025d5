using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EcomErp.Workflows.Persistence;

/// <summary>The engine's tables, in the <c>workflow</c> schema, with their own migration history.</summary>
public sealed class WorkflowDbContext(DbContextOptions<WorkflowDbContext> options) : DbContext(options)
{
    public const string Schema = "workflow";

    public DbSet<DefinitionRecord> Definitions => Set<DefinitionRecord>();

    public DbSet<DraftRecord> Drafts => Set<DraftRecord>();

    public DbSet<MessageStartRecord> MessageStarts => Set<MessageStartRecord>();

    public DbSet<InstanceRecord> Instances => Set<InstanceRecord>();

    public DbSet<SubscriptionRecord> Subscriptions => Set<SubscriptionRecord>();

    public DbSet<JobRecord> Jobs => Set<JobRecord>();

    public DbSet<UserTaskRecord> UserTasks => Set<UserTaskRecord>();

    public DbSet<MessageRecord> Messages => Set<MessageRecord>();

    public DbSet<IncidentRecord> Incidents => Set<IncidentRecord>();

    public DbSet<JournalRecord> Journal => Set<JournalRecord>();

    public DbSet<OutboxRecord> Outbox => Set<OutboxRecord>();

    /// <summary>Options for a context that works on a connection the caller owns (and its transaction).</summary>
    public static DbContextOptions<WorkflowDbContext> OptionsFor(DbConnection connection) =>
        Configure(new DbContextOptionsBuilder<WorkflowDbContext>(), b => b.UseNpgsql(connection, Npgsql)).Options;

    /// <summary>
    /// Options for contexts that are handed their connection afterwards with
    /// <c>Database.SetDbConnection</c>. Built once, so that the engine's many short-lived contexts do not each
    /// build options and look up EF's internal services again.
    /// </summary>
    internal static DbContextOptions<WorkflowDbContext> WithoutConnection { get; } =
        Configure(new DbContextOptionsBuilder<WorkflowDbContext>(), b => b.UseNpgsql(Npgsql)).Options;

    /// <summary>Options for a context that takes connections from a data source as it needs them.</summary>
    public static DbContextOptions<WorkflowDbContext> OptionsFor(NpgsqlDataSource dataSource) =>
        Configure(new DbContextOptionsBuilder<WorkflowDbContext>(), b => b.UseNpgsql(dataSource, Npgsql)).Options;

    /// <summary>Options for a context that opens its own connections.</summary>
    public static DbContextOptions<WorkflowDbContext> OptionsFor(string connectionString) =>
        Configure(new DbContextOptionsBuilder<WorkflowDbContext>(), b => b.UseNpgsql(connectionString, Npgsql)).Options;

    private static DbContextOptionsBuilder<WorkflowDbContext> Configure(
        DbContextOptionsBuilder<WorkflowDbContext> builder,
        Action<DbContextOptionsBuilder<WorkflowDbContext>> provider)
    {
        provider(builder);
        return builder.UseSnakeCaseNamingConvention();
    }

    private static void Npgsql(
        global::Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder b) =>
        b.MigrationsHistoryTable("__ef_migrations", Schema);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WorkflowDbContext).Assembly);
    }
}

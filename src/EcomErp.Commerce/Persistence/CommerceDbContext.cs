using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Channels.Intake;
using EcomErp.Commerce.Channels.Skus;
using EcomErp.Commerce.Credentials;
using EcomErp.Commerce.Finance;
using EcomErp.Commerce.Fulfillment;
using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Inventory.Availability;
using EcomErp.Commerce.Inventory.Feed;
using EcomErp.Commerce.Inventory.Movements;
using EcomErp.Commerce.Inventory.Reconciliation;
using EcomErp.Commerce.Inventory.SelfCheck;
using EcomErp.Commerce.Orders;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Commerce.Persistence;

/// <summary>
/// The commerce tables, in the <c>commerce</c> schema. Create one per unit of work; the host usually creates it on
/// a connection and transaction it shares with the workflow engine (see <see cref="CommerceDatabase"/>).
/// </summary>
/// <param name="options">Options from <see cref="CommerceDatabase.CreateOptions(Npgsql.NpgsqlConnection)"/>.</param>
public sealed class CommerceDbContext(DbContextOptions<CommerceDbContext> options) : DbContext(options)
{
    /// <summary>The sales channels.</summary>
    public DbSet<Channel> Channels => Set<Channel>();

    /// <summary>The orders, with their lines.</summary>
    public DbSet<Order> Orders => Set<Order>();

    /// <summary>The fulfilment nodes.</summary>
    public DbSet<Node> Nodes => Set<Node>();

    /// <summary>The SKUs.</summary>
    public DbSet<Sku> Skus => Set<Sku>();

    /// <summary>Stock per SKU and node.</summary>
    public DbSet<StockPosition> StockPositions => Set<StockPosition>();

    /// <summary>Every stock movement, append-only.</summary>
    public DbSet<InventoryLedgerEntry> InventoryLedger => Set<InventoryLedgerEntry>();

    /// <summary>Stock held for order lines.</summary>
    public DbSet<Reservation> Reservations => Set<Reservation>();

    /// <summary>The components of each kit.</summary>
    public DbSet<KitComponent> KitComponents => Set<KitComponent>();

    /// <summary>What each channel's orders hold, per SKU.</summary>
    public DbSet<ChannelPosition> ChannelPositions => Set<ChannelPosition>();

    /// <summary>How each channel may sell stock.</summary>
    public DbSet<ChannelStockPolicy> ChannelStockPolicies => Set<ChannelStockPolicy>();

    /// <summary>Fixed quantities of SKUs set aside for channels.</summary>
    public DbSet<ChannelAllocation> ChannelAllocations => Set<ChannelAllocation>();

    /// <summary>Stock on its way to nodes.</summary>
    public DbSet<StockTransfer> StockTransfers => Set<StockTransfer>();

    /// <summary>The availability outbox: figures to tell channels.</summary>
    public DbSet<AvailabilityEvent> AvailabilityEvents => Set<AvailabilityEvent>();

    /// <summary>The last figure written to the outbox per channel and SKU.</summary>
    public DbSet<PublishedAvailability> PublishedAvailability => Set<PublishedAvailability>();

    /// <summary>Reports of snapshots reconciled against the ledger.</summary>
    public DbSet<StockReconciliation> StockReconciliations => Set<StockReconciliation>();

    /// <summary>Positions found to differ from the ledger: incidents for operations.</summary>
    public DbSet<InventoryDrift> InventoryDrifts => Set<InventoryDrift>();

    /// <summary>When the recurring inventory jobs next fall due.</summary>
    public DbSet<InventorySchedule> InventorySchedules => Set<InventorySchedule>();

    /// <summary>The journal.</summary>
    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();

    /// <summary>The invoices.</summary>
    public DbSet<Invoice> Invoices => Set<Invoice>();

    /// <summary>What the rule sets decided about orders, with the rules that fired.</summary>
    public DbSet<OrderDecision> OrderDecisions => Set<OrderDecision>();

    /// <summary>Parcels the nodes confirmed.</summary>
    public DbSet<Shipment> Shipments => Set<Shipment>();

    /// <summary>Channel SKUs and variant ids mapped to the catalogue's SKUs.</summary>
    public DbSet<SkuMapping> SkuMappings => Set<SkuMapping>();

    /// <summary>Every payload a channel sent, accepted or refused, as it arrived.</summary>
    public DbSet<IntakeRecord> IntakeRecords => Set<IntakeRecord>();

    /// <summary>API keys, stored hashed.</summary>
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    /// <summary>Warehouses and 3PLs that confirm shipments for their nodes.</summary>
    public DbSet<WarehouseClient> WarehouseClients => Set<WarehouseClient>();

    /// <summary>Request counters per key and minute, shared by every server process.</summary>
    public DbSet<RateWindow> RateWindows => Set<RateWindow>();

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        JournalGuard.Check(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc />
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken = default)
    {
        JournalGuard.Check(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(CommerceDatabase.Schema);
        modelBuilder.HasSequence<long>(InvoiceNumbers.Sequence);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CommerceDbContext).Assembly);
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HavePrecision(19, 4);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}

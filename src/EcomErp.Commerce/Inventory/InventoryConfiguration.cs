using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcomErp.Commerce.Inventory;

/// <summary>
/// Maps nodes, SKUs, kits and positions. Check constraints keep reserved and the other counters from going
/// negative even if a bug slipped past the services; on hand may go below zero because the ERP may say so.
/// </summary>
internal sealed class InventoryConfiguration :
    IEntityTypeConfiguration<Node>,
    IEntityTypeConfiguration<Sku>,
    IEntityTypeConfiguration<KitComponent>,
    IEntityTypeConfiguration<StockPosition>,
    IEntityTypeConfiguration<ChannelPosition>,
    IEntityTypeConfiguration<InventorySchedule>
{
    public void Configure(EntityTypeBuilder<Node> builder)
    {
        builder.HasKey(node => node.Code);
        builder.Property(node => node.Code).HasMaxLength(64);
        builder.Property(node => node.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.Property(node => node.TimeZone).HasMaxLength(64);
        builder.ComplexProperty(node => node.PerShipmentCost, MapMoney);
        builder.ComplexProperty(node => node.PerUnitCost, MapMoney);
    }

    private static void MapMoney(ComplexPropertyBuilder<Monetary.Money> money) =>
        money.Property(value => value.Currency).HasMaxLength(3).IsFixedLength();

    public void Configure(EntityTypeBuilder<Sku> builder)
    {
        builder.HasKey(sku => sku.Code);
        builder.Property(sku => sku.Code).HasMaxLength(128);
    }

    public void Configure(EntityTypeBuilder<KitComponent> builder)
    {
        builder.HasKey(component => new { component.KitSku, component.ComponentSku });
        builder.HasIndex(component => component.ComponentSku);
        builder.HasOne<Sku>().WithMany().HasForeignKey(component => component.KitSku);
        builder.HasOne<Sku>().WithMany().HasForeignKey(component => component.ComponentSku);
        builder.ToTable(table =>
        {
            table.HasCheckConstraint("ck_kit_components_quantity", "quantity > 0");
            table.HasCheckConstraint("ck_kit_components_not_itself", "kit_sku <> component_sku");
        });
    }

    public void Configure(EntityTypeBuilder<StockPosition> builder)
    {
        builder.HasKey(position => new { position.Sku, position.NodeCode });
        builder.HasOne<Sku>().WithMany().HasForeignKey(position => position.Sku);
        builder.HasOne<Node>().WithMany().HasForeignKey(position => position.NodeCode);
        builder.ToTable(table =>
        {
            table.HasCheckConstraint("ck_stock_positions_reserved", "reserved >= 0");
            table.HasCheckConstraint("ck_stock_positions_safety_stock", "safety_stock >= 0");
            table.HasCheckConstraint("ck_stock_positions_damaged", "damaged >= 0");
            table.HasCheckConstraint("ck_stock_positions_awaiting_inspection", "awaiting_inspection >= 0");
            table.HasCheckConstraint("ck_stock_positions_in_transit", "in_transit >= 0");
        });
    }

    public void Configure(EntityTypeBuilder<ChannelPosition> builder)
    {
        builder.HasKey(position => new { position.Sku, position.ChannelCode });
        builder.Property(position => position.ChannelCode).HasMaxLength(64);
        builder.HasOne<Sku>().WithMany().HasForeignKey(position => position.Sku);
        builder.ToTable(table =>
        {
            table.HasCheckConstraint("ck_channel_positions_reserved", "reserved >= 0");
            table.HasCheckConstraint("ck_channel_positions_unassigned", "unassigned BETWEEN 0 AND reserved");
        });
    }

    public void Configure(EntityTypeBuilder<InventorySchedule> builder)
    {
        builder.HasKey(schedule => schedule.Name);
        builder.Property(schedule => schedule.Name).HasMaxLength(64);
    }
}

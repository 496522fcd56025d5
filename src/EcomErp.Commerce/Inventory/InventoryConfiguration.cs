using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcomErp.Commerce.Inventory;

/// <summary>
/// Maps nodes, SKUs and stock positions. Check constraints keep on hand and reserved from going negative even if
/// a bug slipped past the services.
/// </summary>
internal sealed class InventoryConfiguration :
    IEntityTypeConfiguration<Node>,
    IEntityTypeConfiguration<Sku>,
    IEntityTypeConfiguration<StockPosition>
{
    public void Configure(EntityTypeBuilder<Node> builder)
    {
        builder.HasKey(node => node.Code);
        builder.Property(node => node.Code).HasMaxLength(64);
        builder.Property(node => node.CountryCode).HasMaxLength(2).IsFixedLength();
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

    public void Configure(EntityTypeBuilder<StockPosition> builder)
    {
        builder.HasKey(position => new { position.Sku, position.NodeCode });
        builder.HasOne<Sku>().WithMany().HasForeignKey(position => position.Sku);
        builder.HasOne<Node>().WithMany().HasForeignKey(position => position.NodeCode);
        builder.ToTable(table =>
        {
            table.HasCheckConstraint("ck_stock_positions_on_hand", "on_hand >= 0");
            table.HasCheckConstraint("ck_stock_positions_reserved", "reserved >= 0");
            table.HasCheckConstraint("ck_stock_positions_safety_stock", "safety_stock >= 0");
        });
    }
}

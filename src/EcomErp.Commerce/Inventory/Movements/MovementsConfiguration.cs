using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcomErp.Commerce.Inventory.Movements;

/// <summary>Maps transfers.</summary>
internal sealed class MovementsConfiguration : IEntityTypeConfiguration<StockTransfer>
{
    public void Configure(EntityTypeBuilder<StockTransfer> builder)
    {
        builder.HasKey(transfer => transfer.Id);
        builder.HasIndex(transfer => transfer.Reference).IsUnique();
        builder.HasIndex(transfer => transfer.Sku);
        builder.Property(transfer => transfer.Reference).HasMaxLength(128);
        builder.HasOne<Sku>().WithMany().HasForeignKey(transfer => transfer.Sku);
        builder.HasOne<Node>().WithMany().HasForeignKey(transfer => transfer.FromNode).IsRequired(false);
        builder.HasOne<Node>().WithMany().HasForeignKey(transfer => transfer.ToNode);
        builder.ToTable(table =>
            table.HasCheckConstraint("ck_stock_transfers_received", "received BETWEEN 0 AND quantity"));
    }
}

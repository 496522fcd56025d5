using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcomErp.Commerce.Inventory;

/// <summary>Maps reservations and the inventory ledger.</summary>
internal sealed class ReservationConfiguration :
    IEntityTypeConfiguration<Reservation>,
    IEntityTypeConfiguration<InventoryLedgerEntry>
{
    public void Configure(EntityTypeBuilder<Reservation> builder)
    {
        builder.HasKey(reservation => reservation.Id);
        builder.HasIndex(reservation => new { reservation.OrderId, reservation.Status });
        builder.HasIndex(reservation => new { reservation.Sku, reservation.Status });
        builder.Property(reservation => reservation.ChannelCode).HasMaxLength(64);
        builder.Property(reservation => reservation.PerLineUnit).HasDefaultValue(1);
        builder.HasOne<Sku>().WithMany().HasForeignKey(reservation => reservation.Sku);
        builder.HasOne<Node>().WithMany().HasForeignKey(reservation => reservation.NodeCode).IsRequired(false);
        builder.ToTable(table =>
        {
            table.HasCheckConstraint("ck_reservations_quantity", "quantity > 0");
            table.HasCheckConstraint("ck_reservations_per_line_unit", "per_line_unit > 0");
        });
    }

    public void Configure(EntityTypeBuilder<InventoryLedgerEntry> builder)
    {
        builder.ToTable("inventory_ledger");
        builder.HasKey(entry => entry.Id);
        builder.HasIndex(entry => new { entry.Sku, entry.NodeCode });
        builder.HasIndex(entry => entry.OrderId);
        builder.HasIndex(entry => entry.Reference);
        builder.Property(entry => entry.ChannelCode).HasMaxLength(64);
        builder.Property(entry => entry.Reference).HasMaxLength(128);
        builder.HasOne<Sku>().WithMany().HasForeignKey(entry => entry.Sku);
        builder.HasOne<Node>().WithMany().HasForeignKey(entry => entry.NodeCode).IsRequired(false);
    }
}

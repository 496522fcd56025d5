using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcomErp.Commerce.Inventory.Availability;

/// <summary>Maps channel stock policies and allocations.</summary>
internal sealed class AvailabilityConfiguration :
    IEntityTypeConfiguration<ChannelStockPolicy>,
    IEntityTypeConfiguration<ChannelAllocation>
{
    public void Configure(EntityTypeBuilder<ChannelStockPolicy> builder)
    {
        builder.HasKey(policy => policy.ChannelCode);
        builder.HasOne<Channels.Channel>().WithOne().HasForeignKey<ChannelStockPolicy>(policy => policy.ChannelCode);
        builder.Property(policy => policy.AllocationShare).HasPrecision(5, 4);
        builder.ToTable(table => table.HasCheckConstraint("ck_channel_stock_policies_share",
            "allocation_share IS NULL OR allocation_share BETWEEN 0 AND 1"));
    }

    public void Configure(EntityTypeBuilder<ChannelAllocation> builder)
    {
        builder.HasKey(allocation => new { allocation.ChannelCode, allocation.Sku });
        builder.HasIndex(allocation => allocation.Sku);
        builder.HasOne<Channels.Channel>().WithMany().HasForeignKey(allocation => allocation.ChannelCode);
        builder.HasOne<Sku>().WithMany().HasForeignKey(allocation => allocation.Sku);
        builder.ToTable(table => table.HasCheckConstraint("ck_channel_allocations_quantity", "quantity >= 0"));
    }
}

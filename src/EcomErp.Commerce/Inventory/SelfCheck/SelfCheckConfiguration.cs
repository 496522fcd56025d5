using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcomErp.Commerce.Inventory.SelfCheck;

/// <summary>Maps drift incidents.</summary>
internal sealed class SelfCheckConfiguration : IEntityTypeConfiguration<InventoryDrift>
{
    public void Configure(EntityTypeBuilder<InventoryDrift> builder)
    {
        builder.HasKey(drift => drift.Id);
        builder.Property(drift => drift.NodeCode).HasMaxLength(64);
        builder.Property(drift => drift.ChannelCode).HasMaxLength(64);
        builder.Property(drift => drift.Measure).HasMaxLength(32);
        builder.HasIndex(drift => drift.DetectedAt).HasFilter("resolved_at IS NULL");
        builder.Ignore(drift => drift.Key);
    }
}

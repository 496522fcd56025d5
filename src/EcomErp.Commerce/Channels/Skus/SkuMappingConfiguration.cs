using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcomErp.Commerce.Channels.Skus;

/// <summary>Maps <see cref="SkuMapping"/>.</summary>
internal sealed class SkuMappingConfiguration : IEntityTypeConfiguration<SkuMapping>
{
    public void Configure(EntityTypeBuilder<SkuMapping> builder)
    {
        builder.HasKey(mapping => new { mapping.ChannelCode, mapping.Kind, mapping.ChannelValue });
        builder.Property(mapping => mapping.ChannelCode).HasMaxLength(64);
        builder.Property(mapping => mapping.ChannelValue).HasMaxLength(128);
        builder.Property(mapping => mapping.Sku).HasMaxLength(128);
        builder.HasOne<Channel>().WithMany().HasForeignKey(mapping => mapping.ChannelCode);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcomErp.Commerce.Channels;

/// <summary>Maps <see cref="Channel"/>.</summary>
internal sealed class ChannelConfiguration : IEntityTypeConfiguration<Channel>
{
    public void Configure(EntityTypeBuilder<Channel> builder)
    {
        builder.HasKey(channel => channel.Code);
        builder.Property(channel => channel.Code).HasMaxLength(64);
        builder.Property(channel => channel.ShopCurrency).HasMaxLength(3).IsFixedLength();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcomErp.Commerce.Credentials;

/// <summary>Maps <see cref="WarehouseClient"/>.</summary>
internal sealed class WarehouseClientConfiguration : IEntityTypeConfiguration<WarehouseClient>
{
    public void Configure(EntityTypeBuilder<WarehouseClient> builder)
    {
        builder.HasKey(client => client.Code);
        builder.Property(client => client.Code).HasMaxLength(64);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcomErp.Commerce.Credentials;

/// <summary>Maps <see cref="ApiKey"/>.</summary>
internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.HasKey(key => key.Id);
        builder.HasIndex(key => key.KeyId).IsUnique();
        builder.HasIndex(key => new { key.Kind, key.Principal });
        builder.Property(key => key.KeyId).HasMaxLength(32);
        builder.Property(key => key.Principal).HasMaxLength(64);
        builder.Property(key => key.Name).HasMaxLength(200);
    }
}

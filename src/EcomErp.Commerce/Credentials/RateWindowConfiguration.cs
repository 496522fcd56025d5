using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcomErp.Commerce.Credentials;

/// <summary>Maps <see cref="RateWindow"/>.</summary>
internal sealed class RateWindowConfiguration : IEntityTypeConfiguration<RateWindow>
{
    public void Configure(EntityTypeBuilder<RateWindow> builder)
    {
        builder.HasKey(window => new { window.Caller, window.WindowStart });
        builder.Property(window => window.Caller).HasMaxLength(100);
    }
}

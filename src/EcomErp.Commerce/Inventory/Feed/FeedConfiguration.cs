using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcomErp.Commerce.Inventory.Feed;

/// <summary>Maps the availability outbox and the last figures written to it.</summary>
internal sealed class FeedConfiguration :
    IEntityTypeConfiguration<AvailabilityEvent>,
    IEntityTypeConfiguration<PublishedAvailability>
{
    public void Configure(EntityTypeBuilder<AvailabilityEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ChannelCode).HasMaxLength(64);
        builder.Property(e => e.Sku).HasMaxLength(128);
        builder.Property(e => e.Payload).HasColumnType("jsonb");
        builder.Property(e => e.LastError).HasMaxLength(500);
        builder.HasIndex(e => new { e.ChannelCode, e.DueAt }).HasFilter("dispatched_at IS NULL");
        builder.HasIndex(e => new { e.ChannelCode, e.Sku, e.Id });
        builder.Ignore(e => e.IdempotencyKey);
    }

    public void Configure(EntityTypeBuilder<PublishedAvailability> builder)
    {
        builder.ToTable("published_availability");
        builder.HasKey(p => new { p.Sku, p.ChannelCode });
        builder.Property(p => p.ChannelCode).HasMaxLength(64);
    }
}

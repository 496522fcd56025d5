using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcomErp.Commerce.Orders;

/// <summary>
/// Maps <see cref="OrderLine"/>; its taxes and discounts are JSON documents beside the numeric totals.
/// </summary>
internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.ToTable("order_lines");
        builder.HasKey(line => new { line.OrderId, line.LineNo });
        builder.Property(line => line.Sku).HasMaxLength(128);
        builder.Property(line => line.ChannelSku).HasMaxLength(128);
        builder.Property(line => line.ChannelVariantId).HasMaxLength(128);
        builder.ComplexCollection(line => line.Taxes, tax => tax.ToJson());
        builder.ComplexCollection(line => line.Discounts, discount => discount.ToJson());
    }
}

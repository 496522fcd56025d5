using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcomErp.Commerce.Orders;

/// <summary>Maps <see cref="OrderShippingLine"/>.</summary>
internal sealed class OrderShippingLineConfiguration : IEntityTypeConfiguration<OrderShippingLine>
{
    public void Configure(EntityTypeBuilder<OrderShippingLine> builder)
    {
        builder.ToTable("order_shipping_lines");
        builder.HasKey(line => new { line.OrderId, line.LineNo });
        builder.ComplexCollection(line => line.Taxes, tax => tax.ToJson());
        builder.ComplexCollection(line => line.Discounts, discount => discount.ToJson());
    }
}

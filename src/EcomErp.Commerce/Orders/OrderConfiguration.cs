using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcomErp.Commerce.Orders;

/// <summary>Maps <see cref="Order"/> and its lines. Totals are numeric columns so that they can be queried.</summary>
internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.HasKey(order => order.Id);
        builder.HasIndex(order => new { order.ChannelCode, order.ChannelOrderId }).IsUnique();
        builder.HasIndex(order => order.Status);
        builder.Property(order => order.ChannelCode).HasMaxLength(64);
        builder.Property(order => order.ChannelOrderId).HasMaxLength(128);
        builder.Property(order => order.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(order => order.PresentmentCurrency).HasMaxLength(3).IsFixedLength();
        builder.Property(order => order.Version).IsRowVersion();
        builder.ComplexProperty(order => order.BillingAddress, address => address.ToJson());
        builder.ComplexProperty(order => order.ShippingAddress, address => address.ToJson());
        builder.ComplexCollection(order => order.Warnings, warning => warning.ToJson());
        builder.ComplexCollection(order => order.Tenders, tender => tender.ToJson());
        builder.HasMany(order => order.Lines).WithOne().HasForeignKey(line => line.OrderId);
        builder.HasMany(order => order.ShippingLines).WithOne().HasForeignKey(line => line.OrderId);
        builder.Navigation(order => order.Lines).AutoInclude();
        builder.Navigation(order => order.ShippingLines).AutoInclude();
    }
}

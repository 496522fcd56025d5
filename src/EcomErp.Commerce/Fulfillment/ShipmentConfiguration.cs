using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EcomErp.Commerce.Fulfillment;

internal sealed class ShipmentConfiguration : IEntityTypeConfiguration<Shipment>
{
    public void Configure(EntityTypeBuilder<Shipment> builder)
    {
        builder.HasIndex(shipment => shipment.OrderId);
        builder.HasIndex(shipment => new { shipment.OrderId, shipment.TrackingNumber }).IsUnique();
        builder.Property(shipment => shipment.NodeCode).HasMaxLength(64);
        builder.Property(shipment => shipment.Carrier).HasMaxLength(64);
        builder.Property(shipment => shipment.TrackingNumber).HasMaxLength(128);
        builder.ComplexCollection(shipment => shipment.Lines, line => line.ToJson());
    }
}

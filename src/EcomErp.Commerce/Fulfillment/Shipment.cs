using EcomErp.Commerce.Inventory;

namespace EcomErp.Commerce.Fulfillment;

/// <summary>A parcel a node confirmed it sent: what left, from where, with which carrier and tracking number.</summary>
public sealed class Shipment
{
    private Shipment()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrderId { get; private set; }

    public string NodeCode { get; private set; } = "";

    public string Carrier { get; private set; } = "";

    public string TrackingNumber { get; private set; } = "";

    public List<ShipmentLine> Lines { get; private set; } = [];

    public DateTimeOffset ShippedAt { get; private set; }

    public static Shipment Confirm(
        Guid orderId,
        string nodeCode,
        string carrier,
        string trackingNumber,
        IEnumerable<ShipmentLine> lines,
        DateTimeOffset at) => new()
        {
            Id = Guid.CreateVersion7(at),
            OrderId = orderId,
            NodeCode = nodeCode,
            Carrier = carrier,
            TrackingNumber = trackingNumber,
            Lines = [.. lines],
            ShippedAt = at.ToUniversalTime(),
        };
}

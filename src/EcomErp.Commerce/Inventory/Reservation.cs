namespace EcomErp.Commerce.Inventory;

/// <summary>Units of one SKU held for one order line, at a node or, before routing, against the network.</summary>
public sealed class Reservation
{
    private Reservation()
    {
    }

    /// <summary>The reservation's id.</summary>
    public long Id { get; private set; }

    /// <summary>The order.</summary>
    public Guid OrderId { get; private set; }

    /// <summary>The order line.</summary>
    public int LineNo { get; private set; }

    /// <summary>The SKU.</summary>
    public string Sku { get; private set; } = "";

    /// <summary>The units.</summary>
    public int Quantity { get; internal set; }

    /// <summary>The node holding them, or null while they are held against the network before routing.</summary>
    public string? NodeCode { get; internal set; }

    /// <summary>Where it stands.</summary>
    public ReservationStatus Status { get; internal set; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt { get; internal set; }

    internal static Reservation Hold(Guid orderId, int lineNo, string sku, int quantity, string? nodeCode,
        DateTimeOffset at) => new()
        {
            OrderId = orderId,
            LineNo = lineNo,
            Sku = sku,
            Quantity = quantity,
            NodeCode = nodeCode,
            Status = ReservationStatus.Held,
            UpdatedAt = at.ToUniversalTime(),
        };
}

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

    /// <summary>The units of <see cref="Sku"/>.</summary>
    public int Quantity { get; internal set; }

    /// <summary>
    /// Units of <see cref="Sku"/> per unit of the order line: 1, or for a kit line the component's units per kit.
    /// </summary>
    public int PerLineUnit { get; private set; } = 1;

    /// <summary>The order's channel, whose allocation the units count against.</summary>
    public string? ChannelCode { get; private set; }

    /// <summary>The node holding them, or null while they are held against the network before routing.</summary>
    public string? NodeCode { get; internal set; }

    /// <summary>Where it stands.</summary>
    public ReservationStatus Status { get; internal set; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt { get; internal set; }

    /// <summary>Units of the order line this row stands for.</summary>
    public int LineUnits => Quantity / PerLineUnit;

    internal static Reservation Hold(ReservationPart part, int quantity, string? nodeCode, DateTimeOffset at) => new()
    {
        OrderId = part.OrderId,
        LineNo = part.LineNo,
        Sku = part.Sku,
        PerLineUnit = part.PerLineUnit,
        ChannelCode = part.ChannelCode,
        Quantity = quantity,
        NodeCode = nodeCode,
        Status = ReservationStatus.Held,
        UpdatedAt = at.ToUniversalTime(),
    };

    /// <summary>A new row for part of this one: the same order line and SKU, elsewhere or in another state.</summary>
    internal Reservation Split(int quantity, ReservationStatus status, DateTimeOffset at)
    {
        var part = Hold(Part, quantity, NodeCode, at);
        part.Status = status;
        return part;
    }

    /// <summary>The order line and SKU this row belongs to.</summary>
    internal ReservationPart Part => new(OrderId, LineNo, Sku, PerLineUnit, ChannelCode);
}

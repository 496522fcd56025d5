namespace EcomErp.Commerce.Inventory;

/// <summary>Where a <see cref="Reservation"/> stands.</summary>
public enum ReservationStatus
{
    /// <summary>The units are held.</summary>
    Held,

    /// <summary>The units were let go.</summary>
    Released,

    /// <summary>The units shipped.</summary>
    Shipped,

    /// <summary>The units could not be held yet; the order waits for them. They count against nothing.</summary>
    Backordered,

    /// <summary>A backorder that a later reservation covered.</summary>
    Filled,
}

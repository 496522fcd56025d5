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
}

namespace EcomErp.Commerce.Inventory;

/// <summary>What an <see cref="InventoryLedgerEntry"/> records.</summary>
public enum MovementKind
{
    /// <summary>Goods arrived; changes on hand.</summary>
    Receipt,

    /// <summary>A count corrected on hand.</summary>
    Adjustment,

    /// <summary>Units held for an order; changes reserved.</summary>
    Reservation,

    /// <summary>Held units let go; changes reserved.</summary>
    Release,

    /// <summary>Held units left the building; lowers on hand and reserved alike.</summary>
    Shipment,
}

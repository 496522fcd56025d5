namespace EcomErp.Commerce.Inventory;

/// <summary>
/// What an <see cref="InventoryLedgerEntry"/> records. <see cref="MovementEffects"/> says which measures of a
/// position each kind moves, and in which direction.
/// </summary>
public enum MovementKind
{
    /// <summary>Goods arrived; raises on hand.</summary>
    Receipt,

    /// <summary>A correction of on hand booked by the ERP or a person.</summary>
    Adjustment,

    /// <summary>Units held for an order; changes reserved.</summary>
    Reservation,

    /// <summary>Held units let go; changes reserved.</summary>
    Release,

    /// <summary>Held units left the building; lowers on hand and reserved alike.</summary>
    Shipment,

    /// <summary>A stock count or snapshot disagreed with the ledger; corrects on hand.</summary>
    Count,

    /// <summary>The safety stock kept back at a node changed.</summary>
    SafetyStock,

    /// <summary>A customer's return arrived and waits for inspection.</summary>
    ReturnReceipt,

    /// <summary>Inspected returns went back on the shelf: from awaiting inspection to on hand.</summary>
    InspectionRestocked,

    /// <summary>Inspected returns were found damaged: from awaiting inspection to damaged.</summary>
    InspectionDamaged,

    /// <summary>Units left a node for another one; lowers the sender's on hand.</summary>
    TransferOut,

    /// <summary>Units are on their way to a node, from another node or a supplier; raises its in transit.</summary>
    TransferDispatched,

    /// <summary>Units on their way arrived: from in transit to on hand.</summary>
    TransferIn,
}

namespace EcomErp.Commerce.Inventory;

/// <summary>One of the figures a <see cref="StockPosition"/> keeps for a SKU at a node.</summary>
public enum StockMeasure
{
    /// <summary>Units physically there, sellable or not; the ERP may report it below zero.</summary>
    OnHand,

    /// <summary>Units held for orders that have not shipped.</summary>
    Reserved,

    /// <summary>Units kept back and never promised.</summary>
    SafetyStock,

    /// <summary>Units that cannot be sold.</summary>
    Damaged,

    /// <summary>Returned units not yet inspected.</summary>
    AwaitingInspection,

    /// <summary>Units on their way to the node.</summary>
    InTransit,
}

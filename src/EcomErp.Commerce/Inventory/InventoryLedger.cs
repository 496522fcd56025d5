namespace EcomErp.Commerce.Inventory;

/// <summary>Rebuilds stock positions from ledger entries.</summary>
public static class InventoryLedger
{
    /// <summary>
    /// Adds up <paramref name="entries"/> per SKU and node: receipts, adjustments and shipments move on hand;
    /// reservations, releases and shipments move reserved. Entries with no node give the network's holds.
    /// </summary>
    public static IReadOnlyDictionary<(string Sku, string? NodeCode), LedgerBalance> Replay(
        IEnumerable<InventoryLedgerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries
            .GroupBy(entry => (entry.Sku, entry.NodeCode))
            .ToDictionary(group => group.Key, group => new LedgerBalance(
                group.Where(entry => MovesOnHand(entry.Kind)).Sum(entry => entry.QuantityDelta),
                group.Where(entry => MovesReserved(entry.Kind)).Sum(entry => entry.QuantityDelta)));
    }

    /// <summary>Whether a movement of <paramref name="kind"/> changes on hand.</summary>
    public static bool MovesOnHand(MovementKind kind) =>
        kind is MovementKind.Receipt or MovementKind.Adjustment or MovementKind.Shipment;

    /// <summary>Whether a movement of <paramref name="kind"/> changes reserved.</summary>
    public static bool MovesReserved(MovementKind kind) =>
        kind is MovementKind.Reservation or MovementKind.Release or MovementKind.Shipment;
}

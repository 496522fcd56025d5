namespace EcomErp.Commerce.Inventory;

/// <summary>Rebuilds stock positions from ledger entries.</summary>
public static class InventoryLedger
{
    private static readonly LedgerBalance Empty = new(0, 0);

    /// <summary>
    /// Adds up <paramref name="entries"/> per SKU and node through <see cref="MovementEffects"/>. Entries with no
    /// node give the network's holds: orders' stock not yet assigned to a node.
    /// </summary>
    public static IReadOnlyDictionary<(string Sku, string? NodeCode), LedgerBalance> Replay(
        IEnumerable<InventoryLedgerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries
            .GroupBy(entry => (entry.Sku, entry.NodeCode))
            .ToDictionary(group => group.Key, group => group.OrderBy(entry => entry.Id)
                .Aggregate(Empty, (balance, entry) => balance.Apply(entry.Kind, entry.QuantityDelta)));
    }
}

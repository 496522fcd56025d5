using EcomErp.Commerce.Persistence;

namespace EcomErp.Commerce.Inventory;

/// <summary>
/// Books opening stock into positions nobody else can see yet (seeding an empty database), without locks or
/// outbox events; the ledger entry and the position still change together, as everywhere else.
/// </summary>
public static class OpeningStock
{
    /// <summary>Applies a movement to the position and appends its ledger entry; zero books nothing.</summary>
    public static void Book(
        CommerceDbContext db,
        StockPosition position,
        MovementKind kind,
        int delta,
        DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(position);
        if (delta == 0)
        {
            return;
        }

        position.Apply(kind, delta);
        db.InventoryLedger.Add(InventoryLedgerEntry.Record(kind, position.Sku, position.NodeCode, delta, null, at));
    }
}

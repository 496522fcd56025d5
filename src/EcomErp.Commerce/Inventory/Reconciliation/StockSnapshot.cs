namespace EcomErp.Commerce.Inventory.Reconciliation;

/// <summary>
/// A full stock snapshot from an ERP or WMS: for every node it names, the on hand of every SKU there. A SKU the
/// node holds in the ledger but the snapshot leaves out counts as zero.
/// </summary>
/// <param name="Source">Who sent it, such as "erp" or "wms-east".</param>
/// <param name="Reference">
/// The sender's id of the snapshot, kept on the count adjustments; required, and unique per source, so that a
/// snapshot sent twice is counted once.
/// </param>
/// <param name="Lines">One line per SKU and node.</param>
public sealed record StockSnapshot(string Source, string? Reference, IReadOnlyList<SnapshotLine> Lines);

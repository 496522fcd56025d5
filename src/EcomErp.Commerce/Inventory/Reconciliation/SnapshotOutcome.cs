namespace EcomErp.Commerce.Inventory.Reconciliation;

/// <summary>
/// What became of a snapshot: reconciled now, a repeat of an earlier one, or refused for its reference.
/// </summary>
/// <param name="Report">The report: the new one, or the earlier one for a repeat; null when refused.</param>
/// <param name="Duplicate">True when the snapshot repeated an earlier one and nothing was counted again.</param>
/// <param name="ReferenceTaken">
/// Why the reference cannot be used, when the same source sent other counts under it; nothing was counted.
/// </param>
public sealed record SnapshotOutcome(StockReconciliation? Report, bool Duplicate, string? ReferenceTaken);

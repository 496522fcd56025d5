namespace EcomErp.Commerce.Inventory.SelfCheck;

/// <summary>
/// An incident for operations: a materialised figure that no longer equals the replay of the ledger. It stays
/// open until a later check finds the two equal again.
/// </summary>
public sealed class InventoryDrift
{
    private InventoryDrift()
    {
    }

    /// <summary>The incident's id.</summary>
    public long Id { get; private set; }

    /// <summary>The SKU.</summary>
    public string Sku { get; private set; } = "";

    /// <summary>The node, for a stock position.</summary>
    public string? NodeCode { get; private set; }

    /// <summary>The channel, for what a channel's orders hold.</summary>
    public string? ChannelCode { get; private set; }

    /// <summary>The figure that differs: a <see cref="StockMeasure"/>, or Unassigned for a channel.</summary>
    public string Measure { get; private set; } = "";

    /// <summary>The figure the position table holds.</summary>
    public int PositionValue { get; private set; }

    /// <summary>The figure the ledger adds up to.</summary>
    public int LedgerValue { get; private set; }

    /// <summary>When a check first found it.</summary>
    public DateTimeOffset DetectedAt { get; private set; }

    /// <summary>When a check found the figures equal again.</summary>
    public DateTimeOffset? ResolvedAt { get; internal set; }

    internal string Key => new DriftFinding(Sku, NodeCode, ChannelCode, Measure, PositionValue, LedgerValue).Key;

    internal static InventoryDrift Open(DriftFinding finding, DateTimeOffset at) => new()
    {
        Sku = finding.Sku,
        NodeCode = finding.NodeCode,
        ChannelCode = finding.ChannelCode,
        Measure = finding.Measure,
        PositionValue = finding.PositionValue,
        LedgerValue = finding.LedgerValue,
        DetectedAt = at.ToUniversalTime(),
    };
}

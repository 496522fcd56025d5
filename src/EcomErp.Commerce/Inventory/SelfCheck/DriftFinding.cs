namespace EcomErp.Commerce.Inventory.SelfCheck;

/// <summary>A figure whose materialised value differs from the ledger's.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="NodeCode">The node, for a stock position.</param>
/// <param name="ChannelCode">The channel, for what its orders hold.</param>
/// <param name="Measure">The figure.</param>
/// <param name="PositionValue">What the table holds.</param>
/// <param name="LedgerValue">What the ledger adds up to.</param>
public sealed record DriftFinding(
    string Sku,
    string? NodeCode,
    string? ChannelCode,
    string Measure,
    int PositionValue,
    int LedgerValue)
{
    internal string Key => $"{Sku}|{NodeCode}|{ChannelCode}|{Measure}|{PositionValue}|{LedgerValue}";
}

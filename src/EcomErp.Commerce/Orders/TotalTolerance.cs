using EcomErp.Commerce.Monetary;

namespace EcomErp.Commerce.Orders;

/// <summary>
/// How far a channel's claimed total may stray from the total computed from its lines. Channels round tax per
/// line, per rate or per order, so each line and charge may be a smallest unit off; the tolerance is one smallest
/// unit of the currency per line and charge, and never less than five (0.05 USD, 5 JPY).
/// </summary>
public static class TotalTolerance
{
    private const int MinimumUnits = 5;

    /// <summary>The tolerance for an order in <paramref name="currency"/> with so many lines and charges.</summary>
    public static decimal For(string currency, int linesAndCharges) =>
        Currencies.SmallestUnit(currency) * Math.Max(MinimumUnits, linesAndCharges);

    /// <summary>Whether <paramref name="claimed"/> is further from <paramref name="computed"/> than allowed.</summary>
    public static bool Exceeded(decimal claimed, decimal computed, string currency, int linesAndCharges) =>
        Math.Abs(claimed - computed) > For(currency, linesAndCharges);
}

using System.Globalization;

namespace EcomErp.Commerce.Inventory;

/// <summary>
/// The most units one line may name, and the furthest any figure of a position may reach either way. Positions
/// and ledger entries keep 32-bit counts; a bound well inside them keeps every figure, and every sum the ledger
/// check adds up per position, representable, so a huge number is refused when it is sent instead of failing
/// later in a sum.
/// </summary>
public static class StockLimits
{
    /// <summary>One billion units.</summary>
    public const int MaxUnits = 1_000_000_000;

    /// <summary>Why <paramref name="units"/> cannot be sent for one line, or null when they can.</summary>
    public static string? QuantityProblem(long units) => Math.Abs(units) > MaxUnits
        ? string.Create(CultureInfo.InvariantCulture, $"must not be more than {MaxUnits:N0} units either way")
        : null;

    /// <summary>
    /// Why a movement cannot apply to <paramref name="before"/>, or null when it can: it would take a figure past
    /// the bound, or below zero a figure that is never negative (everything but on hand, which the ERP may report
    /// below zero).
    /// </summary>
    public static string? Refusal(LedgerBalance before, MovementKind kind, int delta)
    {
        ArgumentNullException.ThrowIfNull(before);
        foreach (var (measure, sign) in MovementEffects.Of(kind))
        {
            var now = before.Of(measure);
            var after = now + ((long)sign * delta);
            if (after < 0 && measure != StockMeasure.OnHand)
            {
                return $"is more than the {now} unit(s) {Words(measure)} there";
            }

            if (Math.Abs(after) > MaxUnits)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"would take {Words(measure)} there to {after:N0} units, past the limit of {MaxUnits:N0}");
            }
        }

        return null;
    }

    /// <summary>A measure as a person would say it.</summary>
    public static string Words(StockMeasure measure) => measure switch
    {
        StockMeasure.OnHand => "on hand",
        StockMeasure.Reserved => "reserved",
        StockMeasure.SafetyStock => "kept as safety stock",
        StockMeasure.Damaged => "damaged",
        StockMeasure.AwaitingInspection => "awaiting inspection",
        _ => "in transit",
    };
}

using EcomErp.Commerce.Monetary;
using EcomErp.Commerce.Orders;

namespace EcomErp.Commerce.Channels;

/// <summary>Checks every mapper runs on a freshly read order, whatever its format.</summary>
internal static class IntakeChecks
{
    /// <summary>
    /// Spreads an order-level discount that no line carries over the lines by their gross amounts, and warns that
    /// it did so; reports a problem when no line has a price to carry it.
    /// </summary>
    public static CanonicalOrder SpreadDiscount(
        CanonicalOrder order,
        Money discount,
        string field,
        PayloadReader reader)
    {
        var spread = order with { UnallocatedDiscount = discount };
        try
        {
            spread = spread.AllocateOrderDiscount();
        }
        catch (InvalidOperationException)
        {
            reader.Report(field, $"is {discount} but no line has a price to carry it");
            return order;
        }

        return Warn(spread, field, $"{discount} was not allocated to any line; it was spread over the lines by " +
            "their gross amounts, largest remainder to the cent.");
    }

    /// <summary>Warns for each total the channel claimed that differs from the one computed from the lines.</summary>
    public static CanonicalOrder CompareClaims(CanonicalOrder order, string subtotalField, string totalField)
    {
        var claims = order.ClaimedTotals;
        var checkedOrder = Compare(order, claims?.Subtotal, order.Subtotal, subtotalField);
        return Compare(checkedOrder, claims?.Total, order.Total, totalField);
    }

    public static CanonicalOrder Warn(CanonicalOrder order, string field, string text) =>
        order with { Warnings = [.. order.Warnings, new IntakeWarning(field, text)] };

    private static CanonicalOrder Compare(CanonicalOrder order, Money? claimed, Money computed, string field) =>
        claimed is { } value && value.Amount != computed.Amount
            ? Warn(order, field,
                $"The channel claims {value} but the lines give {computed}; the computed amount is used.")
            : order;
}

using System.Globalization;

namespace EcomErp.Commerce.Orders;

/// <summary>
/// Decides whether an accepted order can be processed. Intake already refused payloads that are malformed; this
/// looks at what a well-formed order says. An order the channel already cancelled or voided, or whose claimed
/// total the lines do not add up to, is rejected; an order with SKUs nobody stocks is held for a person, who can
/// add a SKU mapping and retry.
/// </summary>
public static class OrderValidation
{
    private static readonly HashSet<string> DeadPaymentStates =
        new(StringComparer.OrdinalIgnoreCase) { "voided", "refunded", "expired", "failed", "trash" };

    /// <summary>Every reason the order must be rejected; empty when it may go on.</summary>
    public static IReadOnlyList<string> Reasons(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var reasons = new List<string>();
        if (order.CancelledAt is { } cancelledAt)
        {
            var at = cancelledAt.ToString("u", CultureInfo.InvariantCulture);
            reasons.Add($"The channel cancelled the order at {at}" +
                $"{(order.CancelReason is null ? "" : $" (reason: {order.CancelReason})")} before it was processed.");
        }

        if (order.FinancialStatus is { } payment && DeadPaymentStates.Contains(payment))
        {
            reasons.Add($"The payment is {payment.ToLowerInvariant()}, so there is nothing to fulfil.");
        }

        var tolerance = TotalTolerance.For(order.Currency, order.Lines.Count + order.ShippingLines.Count);
        if (order.ClaimedTotal is { } claimed && Math.Abs(claimed - order.Total) > tolerance)
        {
            reasons.Add($"The channel's total {claimed} {order.Currency} differs from the lines' total " +
                $"{order.Total} {order.Currency} by more than {tolerance}.");
        }

        return reasons;
    }

    /// <summary>Why the order must wait for a person: each stocked line whose SKU is not in the catalogue.</summary>
    public static IReadOnlyList<string> HoldReasons(Order order, IReadOnlySet<string> knownSkus)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(knownSkus);
        return [.. order.Lines
            .Where(line => line.IsStocked && !knownSkus.Contains(line.Sku))
            .Select(line => $"Line {line.LineNo} has SKU '{line.Sku}', which is not in the catalogue; add a SKU " +
                $"mapping for channel '{order.ChannelCode}' or the SKU, then retry.")];
    }
}

using System.Globalization;

namespace EcomErp.Commerce.Orders;

/// <summary>
/// Decides whether an accepted order can be processed. Intake already refused payloads that are malformed; this
/// looks at what a well-formed order says: an order the channel already cancelled or voided, SKUs nobody stocks,
/// and totals the channel claims that the lines do not add up to.
/// </summary>
public static class OrderValidation
{
    /// <summary>How far the channel's claimed total may differ from the computed one, per order.</summary>
    public const decimal TotalTolerance = 0.05m;

    private static readonly HashSet<string> DeadPaymentStates =
        new(StringComparer.OrdinalIgnoreCase) { "voided", "refunded", "expired" };

    /// <summary>Every reason the order cannot be processed; empty when it can.</summary>
    public static IReadOnlyList<string> Reasons(Order order, IReadOnlySet<string> knownSkus)
    {
        ArgumentNullException.ThrowIfNull(order);
        var reasons = new List<string>();
        if (order.CancelledAt is { } cancelledAt)
        {
            reasons.Add($"The channel cancelled the order at {cancelledAt.ToString("u", CultureInfo.InvariantCulture)}" +
                $"{(order.CancelReason is null ? "" : $" (reason: {order.CancelReason})")} before it was processed.");
        }

        if (order.FinancialStatus is { } payment && DeadPaymentStates.Contains(payment))
        {
            reasons.Add($"The payment is {payment.ToLowerInvariant()}, so there is nothing to fulfil.");
        }

        reasons.AddRange(order.Lines
            .Where(line => line.IsStocked && !knownSkus.Contains(line.Sku))
            .Select(line => $"Line {line.LineNo} has SKU '{line.Sku}', which is not in the catalogue."));
        if (order.ClaimedTotal is { } claimed && Math.Abs(claimed - order.Total) > TotalTolerance)
        {
            reasons.Add($"The channel's total {claimed} {order.Currency} differs from the lines' total " +
                $"{order.Total} {order.Currency} by more than {TotalTolerance}.");
        }

        return reasons;
    }
}

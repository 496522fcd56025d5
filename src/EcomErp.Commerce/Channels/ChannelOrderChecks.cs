using System.Globalization;
using EcomErp.Commerce.Orders;

namespace EcomErp.Commerce.Channels;

/// <summary>
/// Checks a mapped order against the channel it came to and the intake limits: the shop currency, the number of
/// lines, no line discounted below zero, the claimed total within <see cref="TotalTolerance"/>, and gift cards
/// paying no more than the total. Every problem names the field the channel sent.
/// </summary>
public static class ChannelOrderChecks
{
    /// <summary>Every problem; empty when the order may be taken.</summary>
    public static IReadOnlyList<FieldProblem> Problems(CanonicalOrder order, Channel channel, IntakeLimits limits)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(limits);
        var fields = order.Fields;
        var problems = new List<FieldProblem>();
        if (order.Currency != channel.ShopCurrency)
        {
            problems.Add(new(fields.Currency,
                $"is {order.Currency}, but channel '{channel.Code}' sells in {channel.ShopCurrency}"));
        }

        if (order.Lines.Count > limits.MaxLines)
        {
            problems.Add(new(fields.Lines, $"has {order.Lines.Count} lines; at most {limits.MaxLines} are taken"));
        }

        var discountProblems = DiscountProblems(order).ToList();
        problems.AddRange(discountProblems);

        // A line discounted below zero makes every total wrong, so the totals and tenders would be blamed for it.
        if (discountProblems.Count == 0)
        {
            problems.AddRange(TotalProblems(order));
        }

        return problems;
    }

    private static IEnumerable<FieldProblem> DiscountProblems(CanonicalOrder order) =>
        order.Lines
            .Where(line => line.DiscountTotal > line.Gross)
            .Select(line => new FieldProblem(line.DiscountField,
                $"discounts the line by {line.DiscountTotal}, more than the line's {line.Gross}"));

    private static IEnumerable<FieldProblem> TotalProblems(CanonicalOrder order)
    {
        var total = order.AllocateOrderDiscount().Total;
        if (total.Amount > IntakeLimits.MaxAmount)
        {
            yield return new(order.Fields.Total, $"the lines, charges and taxes add up to {total}, more than " +
                $"{Format(IntakeLimits.MaxAmount, order.Currency)}, the largest order total taken");
            yield break;
        }

        var count = order.Lines.Count + order.ShippingLines.Count;
        if (order.ClaimedTotals?.Total is { } claimed
            && TotalTolerance.Exceeded(claimed.Amount, total.Amount, order.Currency, count))
        {
            yield return new(order.Fields.Total, $"is {claimed} but the lines, charges and taxes add up to {total}; " +
                $"they may differ by at most {Format(TotalTolerance.For(order.Currency, count), order.Currency)}");
        }

        if (order.GiftCardTendered > total)
        {
            yield return new(order.Fields.Tenders,
                $"gift cards pay {order.GiftCardTendered}, more than the order's total {total}");
        }
    }

    private static string Format(decimal amount, string currency) =>
        string.Create(CultureInfo.InvariantCulture, $"{amount} {currency}");
}

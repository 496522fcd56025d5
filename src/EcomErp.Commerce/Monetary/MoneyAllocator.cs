namespace EcomErp.Commerce.Monetary;

/// <summary>
/// Splits an amount into parts proportional to weights, at the currency's minor unit, so that the parts add up to
/// exactly the whole.
/// </summary>
public static class MoneyAllocator
{
    /// <summary>
    /// Allocates <paramref name="total"/> by the largest remainder method: each part gets the floor of its exact
    /// share, and the units left over go one each to the parts with the largest remainders, the earlier index
    /// first on a tie. The same input always gives the same parts.
    /// </summary>
    /// <param name="total">The amount to split; it must already be whole in minor units.</param>
    /// <param name="weights">One non-negative weight a part; at least one must be positive.</param>
    /// <returns>One part a weight, in the order of the weights.</returns>
    /// <exception cref="ArgumentException">
    /// A weight is negative, all are zero, or the total has digits below the minor unit.
    /// </exception>
    public static IReadOnlyList<Money> Allocate(Money total, IReadOnlyList<decimal> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var weightSum = CheckedWeightSum(weights);
        if (!total.IsWholeMinorUnits)
        {
            throw new ArgumentException($"{total} has digits below its currency's minor unit.", nameof(total));
        }

        var unit = Currencies.SmallestUnit(total.Currency);
        var units = total.Amount / unit;
        var shares = weights.Select(weight => units * weight / weightSum).ToArray();
        var parts = shares.Select(share => decimal.Floor(Math.Abs(share)) * Math.Sign(share)).ToArray();
        DistributeLeftover(parts, shares, units - parts.Sum());
        return parts.Select(part => new Money(part * unit, total.Currency)).ToArray();
    }

    private static decimal CheckedWeightSum(IReadOnlyList<decimal> weights)
    {
        if (weights.Any(weight => weight < 0m))
        {
            throw new ArgumentException("Allocation weights must not be negative.", nameof(weights));
        }

        var sum = weights.Sum();
        return sum > 0m
            ? sum
            : throw new ArgumentException("At least one allocation weight must be positive.", nameof(weights));
    }

    private static void DistributeLeftover(decimal[] parts, decimal[] shares, decimal leftover)
    {
        var step = Math.Sign(leftover);
        var order = Enumerable.Range(0, parts.Length)
            .OrderByDescending(index => Math.Abs(shares[index] - parts[index]))
            .ThenBy(index => index)
            .ToArray();
        for (var i = 0; i < Math.Abs(leftover); i++)
        {
            parts[order[i]] += step;
        }
    }
}

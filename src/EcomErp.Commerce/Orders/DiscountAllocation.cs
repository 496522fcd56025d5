using EcomErp.Commerce.Monetary;

namespace EcomErp.Commerce.Orders;

/// <summary>The part of a discount that falls on one line.</summary>
/// <param name="Amount">The positive amount taken off the line.</param>
/// <param name="Source">Where it came from: a discount code, a campaign, or the order-level discount.</param>
public sealed record DiscountAllocation(Money Amount, string? Source)
{
    // EF Core materialises JSON rows through this: it cannot pass a complex Money to a constructor.
    private DiscountAllocation()
        : this(default, null)
    {
    }
}

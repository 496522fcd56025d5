using EcomErp.Commerce.Monetary;

namespace EcomErp.Commerce.Orders;

/// <summary>
/// The totals a channel states for an order. They are kept to compare against the totals computed from the lines,
/// never trusted in their place.
/// </summary>
/// <param name="Subtotal">Lines after discounts, before shipping and tax.</param>
/// <param name="Tax">All taxes.</param>
/// <param name="Shipping">Shipping charges.</param>
/// <param name="Discounts">All discounts.</param>
/// <param name="Total">What the customer pays.</param>
public sealed record ChannelTotals(Money? Subtotal, Money? Tax, Money? Shipping, Money? Discounts, Money? Total);

using EcomErp.Commerce.Monetary;

namespace EcomErp.Commerce.Orders;

/// <summary>
/// How part of an order was paid, where the channel says. A gift card is a tender, not a discount: the sale is
/// worth its full price and the gift card's liability pays part of it.
/// </summary>
/// <param name="Kind">The kind of payment.</param>
/// <param name="Amount">The amount paid this way, in the shop currency.</param>
/// <param name="Reference">The channel's name for the method, such as "GC" or "CreditCard".</param>
public sealed record Tender(TenderKind Kind, Money Amount, string? Reference)
{
    // EF Core materialises JSON rows through this: it cannot pass a complex Money to a constructor.
    private Tender()
        : this(TenderKind.Other, default, null)
    {
    }
}

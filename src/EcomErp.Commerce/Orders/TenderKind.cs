namespace EcomErp.Commerce.Orders;

/// <summary>The kinds of payment an order's <see cref="Tender"/> can be.</summary>
public enum TenderKind
{
    /// <summary>A gift card or gift certificate: it redeems a liability.</summary>
    GiftCard,

    /// <summary>Store credit held for the customer.</summary>
    StoreCredit,

    /// <summary>Loyalty points.</summary>
    Points,

    /// <summary>Cards, cash on delivery, invoices and everything else.</summary>
    Other,
}

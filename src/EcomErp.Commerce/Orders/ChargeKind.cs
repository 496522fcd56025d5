namespace EcomErp.Commerce.Orders;

/// <summary>What a charge line of an order is for; it decides the account the charge is posted to.</summary>
public enum ChargeKind
{
    /// <summary>Carriage to the customer.</summary>
    Shipping,

    /// <summary>Handling, which channels such as BigCommerce charge beside shipping.</summary>
    Handling,

    /// <summary>Gift wrapping.</summary>
    GiftWrap,

    /// <summary>Any other fee, such as cash on delivery or a WooCommerce fee line.</summary>
    Fee,
}

namespace EcomErp.Commerce.Orders;

/// <summary>Where an order stands in its lifecycle.</summary>
public enum OrderStatus
{
    /// <summary>Accepted from the channel, not yet checked.</summary>
    Received,

    /// <summary>
    /// Held for a person because it cannot be processed as it is, for example because a SKU is not in the
    /// catalogue; <see cref="Order.ValidationReasons"/> says why.
    /// </summary>
    OnHold,

    /// <summary>Refused; <see cref="Order.ValidationReasons"/> says why.</summary>
    Rejected,

    /// <summary>Waiting for a person to review it, for example for fraud.</summary>
    InReview,

    /// <summary>Stock is held for it across the network.</summary>
    Reserved,

    /// <summary>Its lines are assigned to fulfilment nodes.</summary>
    Routed,

    /// <summary>Released to the nodes, waiting for them to ship.</summary>
    AwaitingShipment,

    /// <summary>Every line has shipped.</summary>
    Shipped,

    /// <summary>Invoiced and posted to the journal.</summary>
    Invoiced,

    /// <summary>Nothing is left to do.</summary>
    Completed,

    /// <summary>Cancelled before it completed.</summary>
    Cancelled,
}

namespace EcomErp.Commerce.Inventory;

/// <summary>What kind of place a fulfilment node is.</summary>
public enum NodeKind
{
    /// <summary>A warehouse the business runs.</summary>
    DistributionCentre,

    /// <summary>A shop that can ship from its shelves.</summary>
    Store,

    /// <summary>A third-party logistics provider's warehouse.</summary>
    ThirdParty,

    /// <summary>A supplier that ships straight to the customer.</summary>
    DropShip,
}

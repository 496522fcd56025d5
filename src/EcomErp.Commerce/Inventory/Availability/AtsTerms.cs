namespace EcomErp.Commerce.Inventory.Availability;

/// <summary>The names of the terms an available-to-sell figure is made of.</summary>
public static class AtsTerms
{
    /// <summary>On hand less reserved and safety stock, summed over the nodes where that is above zero.</summary>
    public const string SellableAtNodes = "sellableAtNodes";

    /// <summary>Units held for orders that are not yet assigned to a node.</summary>
    public const string HeldAgainstNetwork = "heldAgainstNetwork";

    /// <summary>Units on their way that arrive within the channel's horizon.</summary>
    public const string InTransit = "inTransit";

    /// <summary>What another channel still has set aside and not yet used.</summary>
    public const string OtherAllocation = "otherChannelAllocation";

    /// <summary>What lifts a figure that would be below zero back to zero.</summary>
    public const string FloorAtZero = "floorAtZero";
}

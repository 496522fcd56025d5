namespace EcomErp.Commerce.Inventory;

/// <summary>One component of a kit: the kit is sold, its components are stocked and reserved.</summary>
/// <param name="kitSku">The kit's SKU.</param>
/// <param name="componentSku">The component's SKU.</param>
/// <param name="quantity">Units of the component in one kit; positive.</param>
public sealed class KitComponent(string kitSku, string componentSku, int quantity)
{
    /// <summary>The kit's SKU.</summary>
    public string KitSku { get; private set; } = kitSku;

    /// <summary>The component's SKU.</summary>
    public string ComponentSku { get; private set; } = componentSku;

    /// <summary>Units of the component in one kit.</summary>
    public int Quantity { get; private set; } = quantity;
}

namespace EcomErp.Commerce.Inventory;

/// <summary>
/// A stock keeping unit. Its row is also the lock that serialises every stock change for the SKU across
/// processes, so that concurrent reservations cannot oversell it.
/// </summary>
/// <param name="code">The SKU code that channels send on order lines.</param>
/// <param name="name">The product name.</param>
/// <param name="isKit">Whether it is a kit of other SKUs, never stocked on its own.</param>
public sealed class Sku(string code, string name, bool isKit = false)
{
    /// <summary>The SKU code.</summary>
    public string Code { get; private set; } = code;

    /// <summary>The product name.</summary>
    public string Name { get; private set; } = name;

    /// <summary>
    /// Whether it is a kit (a bundle of <see cref="KitComponent"/>s): it has no stock of its own, and selling it
    /// reserves its components.
    /// </summary>
    public bool IsKit { get; private set; } = isKit;
}

namespace EcomErp.Commerce.Inventory;

/// <summary>
/// A stock keeping unit. Its row is also the lock that serialises every stock change for the SKU across
/// processes, so that concurrent reservations cannot oversell it.
/// </summary>
/// <param name="code">The SKU code that channels send on order lines.</param>
/// <param name="name">The product name.</param>
public sealed class Sku(string code, string name)
{
    /// <summary>The SKU code.</summary>
    public string Code { get; private set; } = code;

    /// <summary>The product name.</summary>
    public string Name { get; private set; } = name;
}

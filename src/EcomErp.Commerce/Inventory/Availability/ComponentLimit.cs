namespace EcomErp.Commerce.Inventory.Availability;

/// <summary>How many kits one component allows.</summary>
/// <param name="Sku">The component.</param>
/// <param name="PerKit">Units of it in one kit.</param>
/// <param name="Available">Its available-to-sell for the channel.</param>
/// <param name="Kits">Whole kits it covers: available divided by units per kit, rounded down.</param>
public sealed record ComponentLimit(string Sku, int PerKit, int Available, int Kits);

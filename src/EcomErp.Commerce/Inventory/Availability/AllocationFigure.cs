namespace EcomErp.Commerce.Inventory.Availability;

/// <summary>What one channel has set aside of one SKU.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Source">"fixed" for a quantity, "share" for a fraction of the sellable stock.</param>
/// <param name="Granted">The units granted: the quantity or share, cut to what was left of the whole.</param>
/// <param name="Used">The units the channel's orders already hold.</param>
/// <param name="SetAside">Granted less used, not below zero: what other channels may not sell.</param>
public sealed record AllocationFigure(string Channel, string Source, long Granted, long Used, long SetAside);

namespace EcomErp.Commerce.Inventory.Availability;

/// <summary>A SKU's available-to-sell for one channel, with what it is made of.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Sku">The SKU.</param>
/// <param name="Ats">The figure; never below zero.</param>
/// <param name="Terms">For a stocked SKU, the terms that add up to <paramref name="Ats"/>.</param>
/// <param name="Components">For a kit, what each component allows; the figure is the smallest.</param>
public sealed record ChannelAvailability(
    string Channel,
    string Sku,
    int Ats,
    IReadOnlyList<AtsTerm> Terms,
    IReadOnlyList<ComponentLimit> Components);

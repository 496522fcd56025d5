namespace EcomErp.Commerce.Inventory.Availability;

/// <summary>One term of an available-to-sell figure; the terms of a figure add up to it.</summary>
/// <param name="Term">What the term is: see <see cref="AtsTerms"/>.</param>
/// <param name="Units">Its signed contribution; 64 bits, as sums over many nodes may pass 32.</param>
/// <param name="Detail">Which channel or horizon it concerns, when that matters.</param>
public sealed record AtsTerm(string Term, long Units, string? Detail = null);

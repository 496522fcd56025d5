namespace EcomErp.Commerce.Inventory;

/// <summary>What a reservation does when available-to-sell does not cover everything.</summary>
public enum ReservationPolicy
{
    /// <summary>Hold everything or nothing.</summary>
    AllOrNothing,

    /// <summary>Hold what can be held, line by line in whole line units, and backorder the rest.</summary>
    PartialWithBackorder,
}

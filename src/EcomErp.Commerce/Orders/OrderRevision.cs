namespace EcomErp.Commerce.Orders;

/// <summary>What a newer version of an order from its channel changes compared with the stored order.</summary>
/// <param name="PartiesChanged">The customer contact, billing or shipping address differ.</param>
/// <param name="ContentChanged">Lines, charges, amounts or tenders differ.</param>
/// <param name="Cancels">The channel cancelled an order that was not cancelled.</param>
public sealed record OrderRevision(bool PartiesChanged, bool ContentChanged, bool Cancels)
{
    /// <summary>Whether the newer version changes nothing the service keeps.</summary>
    public bool IsEmpty => !PartiesChanged && !ContentChanged && !Cancels;
}

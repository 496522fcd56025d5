namespace EcomErp.Commerce.Inventory;

/// <summary>Stock to hold for an order.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="ChannelCode">The order's channel, whose available-to-sell must cover the lines.</param>
/// <param name="Lines">The lines to hold.</param>
/// <param name="Policy">What to do when not everything is covered.</param>
public sealed record ReservationRequest(
    Guid OrderId,
    string ChannelCode,
    IReadOnlyList<ReservationLine> Lines,
    ReservationPolicy Policy = ReservationPolicy.AllOrNothing);

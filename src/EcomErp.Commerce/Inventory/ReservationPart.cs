namespace EcomErp.Commerce.Inventory;

/// <summary>One SKU of one order line: the line's own SKU, or one component of a kit line.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="LineNo">The order line.</param>
/// <param name="Sku">The SKU held.</param>
/// <param name="PerLineUnit">Units of it per unit of the line.</param>
/// <param name="ChannelCode">The order's channel.</param>
internal sealed record ReservationPart(Guid OrderId, int LineNo, string Sku, int PerLineUnit, string? ChannelCode);

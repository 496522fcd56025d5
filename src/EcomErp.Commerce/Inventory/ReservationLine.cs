namespace EcomErp.Commerce.Inventory;

/// <summary>Units of a SKU (or of a kit) to hold for one order line.</summary>
/// <param name="LineNo">The order line.</param>
/// <param name="Sku">The SKU; a kit holds its components.</param>
/// <param name="Quantity">The units; positive.</param>
public sealed record ReservationLine(int LineNo, string Sku, int Quantity);

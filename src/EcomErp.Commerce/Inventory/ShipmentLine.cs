namespace EcomErp.Commerce.Inventory;

/// <summary>Units of one order line that left a node.</summary>
/// <param name="LineNo">The order line.</param>
/// <param name="Quantity">The units; positive.</param>
public sealed record ShipmentLine(int LineNo, int Quantity);

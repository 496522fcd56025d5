namespace EcomErp.Commerce.Inventory;

/// <summary>Units of one order line that one node is to ship.</summary>
/// <param name="LineNo">The order line.</param>
/// <param name="NodeCode">The node.</param>
/// <param name="Quantity">The units; positive.</param>
public sealed record NodeAssignment(int LineNo, string NodeCode, int Quantity);

namespace EcomErp.Commerce.Inventory.Movements;

/// <summary>A movement an ERP or WMS reports for one SKU at one node.</summary>
/// <param name="Kind">
/// <see cref="MovementKind.Receipt"/>, <see cref="MovementKind.Adjustment"/> (signed),
/// <see cref="MovementKind.SafetyStock"/> (the new level), <see cref="MovementKind.ReturnReceipt"/>,
/// <see cref="MovementKind.InspectionRestocked"/> or <see cref="MovementKind.InspectionDamaged"/>.
/// </param>
/// <param name="Sku">The SKU; never a kit.</param>
/// <param name="NodeCode">The node.</param>
/// <param name="Quantity">The units; for safety stock, the new level.</param>
/// <param name="Reference">The sender's reference; a movement repeated with the same one is ignored.</param>
public sealed record StockMovement(MovementKind Kind, string Sku, string NodeCode, int Quantity, string? Reference);

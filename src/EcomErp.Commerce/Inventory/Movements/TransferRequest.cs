namespace EcomErp.Commerce.Inventory.Movements;

/// <summary>Units of a SKU dispatched to a node.</summary>
/// <param name="Reference">The transfer order or advance shipping notice number; unique.</param>
/// <param name="Sku">The SKU; never a kit.</param>
/// <param name="FromNode">The node they leave, or null when a supplier sends them.</param>
/// <param name="ToNode">The node they go to.</param>
/// <param name="Quantity">The units; positive.</param>
/// <param name="ExpectedAt">When they are expected; required, null only when the sender left it out.</param>
public sealed record TransferRequest(
    string Reference,
    string Sku,
    string? FromNode,
    string ToNode,
    int Quantity,
    DateTimeOffset? ExpectedAt);

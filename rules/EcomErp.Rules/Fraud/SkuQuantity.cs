namespace EcomErp.Rules.Fraud;

/// <summary>The units of one SKU in an order, over all its lines.</summary>
internal sealed record SkuQuantity(string Sku, int Quantity);

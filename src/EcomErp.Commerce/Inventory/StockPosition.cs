namespace EcomErp.Commerce.Inventory;

/// <summary>How much of one SKU one node holds.</summary>
public sealed class StockPosition
{
    /// <summary>Creates an empty position.</summary>
    public StockPosition(string sku, string nodeCode, int safetyStock)
    {
        Sku = sku;
        NodeCode = nodeCode;
        SafetyStock = safetyStock;
    }

    /// <summary>The SKU.</summary>
    public string Sku { get; private set; }

    /// <summary>The node.</summary>
    public string NodeCode { get; private set; }

    /// <summary>Units physically there.</summary>
    public int OnHand { get; internal set; }

    /// <summary>Units held there for orders that have not shipped.</summary>
    public int Reserved { get; internal set; }

    /// <summary>Units kept back and never promised.</summary>
    public int SafetyStock { get; private set; }

    /// <summary>Units that can still be promised here; never below zero.</summary>
    public int Available => Math.Max(0, OnHand - SafetyStock - Reserved);
}

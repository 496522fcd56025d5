namespace EcomErp.Commerce.Orders;

/// <summary>A product line of an <see cref="Order"/>; amounts are in the order's currency.</summary>
public sealed class OrderLine
{
    private OrderLine()
    {
    }

    /// <summary>The order the line belongs to.</summary>
    public Guid OrderId { get; private set; }

    /// <summary>The line's position in the order, starting at 1.</summary>
    public int LineNo { get; private set; }

    /// <summary>The channel's own id of the line.</summary>
    public string? ChannelLineId { get; private set; }

    /// <summary>The catalogue's stock keeping unit, after the channel's SKU mappings.</summary>
    public string Sku { get; private set; } = "";

    /// <summary>The SKU as the channel sent it; empty when it sent none.</summary>
    public string ChannelSku { get; private set; } = "";

    /// <summary>The channel's id of the product variant, which SKU mappings can name.</summary>
    public string? ChannelVariantId { get; private set; }

    /// <summary>The product name.</summary>
    public string Name { get; private set; } = "";

    /// <summary>The units ordered.</summary>
    public int Quantity { get; private set; }

    /// <summary>The price of one unit.</summary>
    public decimal UnitPrice { get; private set; }

    /// <summary>Unit price times quantity.</summary>
    public decimal Gross { get; private set; }

    /// <summary>The discounts on the line, the order-level share included.</summary>
    public decimal DiscountTotal { get; private set; }

    /// <summary>The taxes on the line.</summary>
    public decimal TaxTotal { get; private set; }

    /// <summary>Gross less discounts.</summary>
    public decimal Net { get; private set; }

    /// <summary>Whether the line ships as a parcel.</summary>
    public bool RequiresShipping { get; private set; }

    /// <summary>Whether the line sells a gift card.</summary>
    public bool IsGiftCard { get; private set; }

    /// <summary>Whether the line takes stock from a node: shipped goods that are not gift cards.</summary>
    public bool IsStocked => RequiresShipping && !IsGiftCard;

    /// <summary>The taxes, one per rate.</summary>
    public List<TaxLine> Taxes { get; private set; } = [];

    /// <summary>The discounts, one per source.</summary>
    public List<DiscountAllocation> Discounts { get; private set; } = [];

    internal static OrderLine From(Guid orderId, CanonicalOrderLine line)
    {
        var created = new OrderLine { OrderId = orderId, LineNo = line.LineNo };
        created.CopyFrom(line);
        return created;
    }

    internal void Remap(string sku) => Sku = sku;

    internal void CopyFrom(CanonicalOrderLine line)
    {
        ChannelLineId = line.ChannelLineId;
        Sku = line.Sku;
        ChannelSku = line.ChannelSku ?? line.Sku;
        ChannelVariantId = line.ChannelVariantId;
        Name = line.Name;
        Quantity = line.Quantity;
        UnitPrice = line.UnitPrice.Amount;
        Gross = line.Gross.Amount;
        DiscountTotal = line.DiscountTotal.Amount;
        TaxTotal = line.TaxTotal.Amount;
        Net = line.Net.Amount;
        RequiresShipping = line.RequiresShipping;
        IsGiftCard = line.IsGiftCard;
        Taxes = [.. line.Taxes];
        Discounts = [.. line.Discounts];
    }
}

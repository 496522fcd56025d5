namespace EcomErp.Commerce.Orders;

/// <summary>
/// A shipping or other charge (handling, gift wrap, fee) of an <see cref="Order"/>; amounts are in the order's
/// currency.
/// </summary>
public sealed class OrderShippingLine
{
    private OrderShippingLine()
    {
    }

    /// <summary>The order the charge belongs to.</summary>
    public Guid OrderId { get; private set; }

    /// <summary>The charge's position in the order, starting at 1.</summary>
    public int LineNo { get; private set; }

    /// <summary>What the charge is for.</summary>
    public ChargeKind Kind { get; private set; }

    /// <summary>The method's name.</summary>
    public string Title { get; private set; } = "";

    /// <summary>The channel's code for the method.</summary>
    public string? Code { get; private set; }

    /// <summary>The charge before discounts.</summary>
    public decimal Price { get; private set; }

    /// <summary>The discounts on the charge.</summary>
    public decimal DiscountTotal { get; private set; }

    /// <summary>The taxes on the charge.</summary>
    public decimal TaxTotal { get; private set; }

    /// <summary>The taxes, one per rate.</summary>
    public List<TaxLine> Taxes { get; private set; } = [];

    /// <summary>The discounts, one per source.</summary>
    public List<DiscountAllocation> Discounts { get; private set; } = [];

    internal static OrderShippingLine From(Guid orderId, int lineNo, CanonicalShippingLine line)
    {
        var created = new OrderShippingLine { OrderId = orderId, LineNo = lineNo };
        created.CopyFrom(line);
        return created;
    }

    internal void CopyFrom(CanonicalShippingLine line)
    {
        Kind = line.Kind;
        Title = line.Title;
        Code = line.Code;
        Price = line.Price.Amount;
        DiscountTotal = line.DiscountTotal.Amount;
        TaxTotal = line.TaxTotal.Amount;
        Taxes = [.. line.Taxes];
        Discounts = [.. line.Discounts];
    }
}

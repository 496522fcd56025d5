namespace EcomErp.Commerce.Finance;

/// <summary>The invoice for an order, with the totals it was posted at.</summary>
public sealed class Invoice
{
    private Invoice()
    {
    }

    /// <summary>The invoice's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The invoice number, such as INV-000001; unique.</summary>
    public string Number { get; private set; } = "";

    /// <summary>The order invoiced; one invoice per order.</summary>
    public Guid OrderId { get; private set; }

    /// <summary>The currency of every amount.</summary>
    public string Currency { get; private set; } = "";

    /// <summary>Unit price times quantity over all lines.</summary>
    public decimal LinesGross { get; private set; }

    /// <summary>Discounts on lines and shipping.</summary>
    public decimal DiscountTotal { get; private set; }

    /// <summary>Shipping charges.</summary>
    public decimal ShippingTotal { get; private set; }

    /// <summary>Taxes.</summary>
    public decimal TaxTotal { get; private set; }

    /// <summary>What the customer owes.</summary>
    public decimal Total { get; private set; }

    /// <summary>When it was issued.</summary>
    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>The journal entry that posted it.</summary>
    public Guid JournalEntryId { get; private set; }

    internal static Invoice Issue(string number, Orders.Order order, Guid journalEntryId, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        Number = number,
        OrderId = order.Id,
        Currency = order.Currency,
        LinesGross = order.LinesGross,
        DiscountTotal = order.DiscountTotal + order.ShippingDiscountTotal,
        ShippingTotal = order.ShippingTotal,
        TaxTotal = order.TaxTotal,
        Total = order.Total,
        IssuedAt = at.ToUniversalTime(),
        JournalEntryId = journalEntryId,
    };
}

using EcomErp.Commerce.Monetary;

namespace EcomErp.Commerce.Orders;

/// <summary>
/// An order as every channel's mapper produces it, whatever the channel's own format. All money is in the shop
/// currency, the one the business books in.
/// </summary>
public sealed partial record CanonicalOrder
{
    /// <summary>The channel's id of the order; unique per channel.</summary>
    public required string ChannelOrderId { get; init; }

    /// <summary>The human-facing order number or name, such as "#1001".</summary>
    public required string OrderName { get; init; }

    /// <summary>When the customer placed the order.</summary>
    public required DateTimeOffset PlacedAt { get; init; }

    /// <summary>When the channel last changed the order.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The shop currency: every amount of this order is in it.</summary>
    public required string Currency { get; init; }

    /// <summary>The currency the customer saw; kept for reference only.</summary>
    public required string PresentmentCurrency { get; init; }

    /// <summary>The order total in <see cref="PresentmentCurrency"/>, where the channel states it.</summary>
    public Money? PresentmentTotal { get; init; }

    /// <summary>Who placed the order.</summary>
    public CustomerContact Customer { get; init; } = CustomerContact.Unknown;

    /// <summary>Where the invoice goes.</summary>
    public PostalAddress? BillingAddress { get; init; }

    /// <summary>Where the parcels go.</summary>
    public PostalAddress? ShippingAddress { get; init; }

    /// <summary>The product lines; never empty for a mapped order.</summary>
    public required IReadOnlyList<CanonicalOrderLine> Lines { get; init; }

    /// <summary>The shipping charges.</summary>
    public IReadOnlyList<CanonicalShippingLine> ShippingLines { get; init; } = [];

    /// <summary>
    /// An order-level discount not yet spread over the lines; see <see cref="AllocateOrderDiscount"/>.
    /// </summary>
    public Money? UnallocatedDiscount { get; init; }

    /// <summary>How the order was paid, where the channel says; gift cards among them.</summary>
    public IReadOnlyList<Tender> Tenders { get; init; } = [];

    /// <summary>The totals the channel stated, for comparison.</summary>
    public ChannelTotals? ClaimedTotals { get; init; }

    /// <summary>When the channel cancelled the order, if it did.</summary>
    public DateTimeOffset? CancelledAt { get; init; }

    /// <summary>Why the channel cancelled the order.</summary>
    public string? CancelReason { get; init; }

    /// <summary>The channel's payment state, such as "paid" or "voided".</summary>
    public string? FinancialStatus { get; init; }

    /// <summary>Whether the channel marked the order as a test.</summary>
    public bool IsTest { get; init; }

    /// <summary>The channel's tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Where the payload's format keeps the fields that later checks may name.</summary>
    public PayloadFields Fields { get; init; } = PayloadFields.Canonical;

    /// <summary>What was odd about the payload.</summary>
    public IReadOnlyList<IntakeWarning> Warnings { get; init; } = [];
}

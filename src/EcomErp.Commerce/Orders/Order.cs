namespace EcomErp.Commerce.Orders;

/// <summary>
/// A channel order as the service keeps it: the canonical content, the totals it computed, and where the order
/// stands. One row per channel and channel order id.
/// </summary>
public sealed partial class Order
{
    private readonly List<OrderLine> lines = [];
    private readonly List<OrderShippingLine> shippingLines = [];

    private Order()
    {
    }

    /// <summary>The service's id of the order.</summary>
    public Guid Id { get; private set; }

    /// <summary>The code of the channel the order came from.</summary>
    public string ChannelCode { get; private set; } = "";

    /// <summary>The channel's id of the order.</summary>
    public string ChannelOrderId { get; private set; } = "";

    /// <summary>The human-facing order number or name.</summary>
    public string OrderName { get; private set; } = "";

    /// <summary>When the customer placed the order, in UTC.</summary>
    public DateTimeOffset PlacedAt { get; private set; }

    /// <summary>When the channel last changed the order, in UTC.</summary>
    public DateTimeOffset? ChannelUpdatedAt { get; private set; }

    /// <summary>The shop currency; every amount of the order is in it.</summary>
    public string Currency { get; private set; } = "";

    /// <summary>The currency the customer saw.</summary>
    public string PresentmentCurrency { get; private set; } = "";

    /// <summary>The total in the presentment currency, where the channel stated it.</summary>
    public decimal? PresentmentTotal { get; private set; }

    /// <summary>How the order was paid, where the channel said; gift cards among them.</summary>
    public List<Tender> Tenders { get; private set; } = [];

    /// <summary>The customer's e-mail address.</summary>
    public string? CustomerEmail { get; private set; }

    /// <summary>The customer's name.</summary>
    public string? CustomerName { get; private set; }

    /// <summary>The customer's phone number.</summary>
    public string? CustomerPhone { get; private set; }

    /// <summary>Where the invoice goes.</summary>
    public PostalAddress? BillingAddress { get; private set; }

    /// <summary>Where the parcels go.</summary>
    public PostalAddress? ShippingAddress { get; private set; }

    /// <summary>The product lines, by line number.</summary>
    public IReadOnlyList<OrderLine> Lines => lines;

    /// <summary>The shipping charges.</summary>
    public IReadOnlyList<OrderShippingLine> ShippingLines => shippingLines;

    /// <summary>When the channel cancelled the order.</summary>
    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>Why the channel cancelled the order.</summary>
    public string? CancelReason { get; private set; }

    /// <summary>The channel's payment state.</summary>
    public string? FinancialStatus { get; private set; }

    /// <summary>Whether the channel marked the order as a test.</summary>
    public bool IsTest { get; private set; }

    /// <summary>The channel's tags.</summary>
    public List<string> Tags { get; private set; } = [];

    /// <summary>What was odd about the payload the order came in.</summary>
    public List<IntakeWarning> Warnings { get; private set; } = [];

    /// <summary>Where the order stands.</summary>
    public OrderStatus Status { get; private set; }

    /// <summary>Why the order was rejected or sent to review.</summary>
    public List<string> ValidationReasons { get; private set; } = [];

    /// <summary>The workflow instance that runs the order; the host sets it.</summary>
    public Guid? InstanceId { get; private set; }

    /// <summary>When the service first stored the order.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the service last changed the order.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>PostgreSQL's row version, so that two writers cannot both move the order on.</summary>
    public uint Version { get; private set; }
}

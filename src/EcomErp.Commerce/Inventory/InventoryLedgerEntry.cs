namespace EcomErp.Commerce.Inventory;

/// <summary>
/// One stock movement. The ledger is append-only: positions can be rebuilt from it with
/// <see cref="InventoryLedger.Replay"/>, and must match. A null node means the network as a whole, where stock is
/// held for an order before it is routed.
/// </summary>
public sealed class InventoryLedgerEntry
{
    private InventoryLedgerEntry()
    {
    }

    /// <summary>The entry's sequence number.</summary>
    public long Id { get; private set; }

    /// <summary>The SKU moved.</summary>
    public string Sku { get; private set; } = "";

    /// <summary>The node, or null for a hold against the whole network.</summary>
    public string? NodeCode { get; private set; }

    /// <summary>What happened.</summary>
    public MovementKind Kind { get; private set; }

    /// <summary>The signed change in units.</summary>
    public int QuantityDelta { get; private set; }

    /// <summary>The order concerned, if any.</summary>
    public Guid? OrderId { get; private set; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset At { get; private set; }

    /// <summary>The channel whose order held or let go of the units, for reservation movements.</summary>
    public string? ChannelCode { get; private set; }

    /// <summary>The sender's reference: a receipt, transfer, count or return number.</summary>
    public string? Reference { get; private set; }

    /// <summary>When units dispatched to the node are expected to arrive.</summary>
    public DateTimeOffset? ExpectedAt { get; private set; }

    /// <summary>Records a movement.</summary>
    public static InventoryLedgerEntry Record(
        MovementKind kind,
        string sku,
        string? nodeCode,
        int quantityDelta,
        Guid? orderId,
        DateTimeOffset at) => new()
        {
            Kind = kind,
            Sku = sku,
            NodeCode = nodeCode,
            QuantityDelta = quantityDelta,
            OrderId = orderId,
            At = at.ToUniversalTime(),
        };

    /// <summary>Adds the channel, the sender's reference and the expected arrival to a new entry.</summary>
    public InventoryLedgerEntry Tagged(string? channelCode, string? reference, DateTimeOffset? expectedAt = null)
    {
        (ChannelCode, Reference, ExpectedAt) = (channelCode, reference, expectedAt?.ToUniversalTime());
        return this;
    }
}

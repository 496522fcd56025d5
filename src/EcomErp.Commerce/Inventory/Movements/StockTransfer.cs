namespace EcomErp.Commerce.Inventory.Movements;

/// <summary>
/// Units of one SKU on their way to a node: from another node, or from a supplier when there is no sender. What
/// is still outstanding counts as the receiver's in transit, and as available to sell for channels whose
/// policy reaches as far as <see cref="ExpectedAt"/>.
/// </summary>
public sealed class StockTransfer
{
    private StockTransfer()
    {
    }

    /// <summary>The transfer's id.</summary>
    public long Id { get; private set; }

    /// <summary>The sender's reference, unique: a transfer order or advance shipping notice number.</summary>
    public string Reference { get; private set; } = "";

    /// <summary>The SKU.</summary>
    public string Sku { get; private set; } = "";

    /// <summary>The node it left, or null for a supplier.</summary>
    public string? FromNode { get; private set; }

    /// <summary>The node it goes to.</summary>
    public string ToNode { get; private set; } = "";

    /// <summary>The units dispatched.</summary>
    public int Quantity { get; private set; }

    /// <summary>The units that have arrived so far.</summary>
    public int Received { get; internal set; }

    /// <summary>When it is expected to arrive.</summary>
    public DateTimeOffset ExpectedAt { get; private set; }

    /// <summary>When it was dispatched.</summary>
    public DateTimeOffset DispatchedAt { get; private set; }

    /// <summary>The units still on their way.</summary>
    public int Outstanding => Quantity - Received;

    internal static StockTransfer Dispatch(
        string reference,
        string sku,
        (string? From, string To) route,
        int quantity,
        DateTimeOffset expectedAt,
        DateTimeOffset at) => new()
        {
            Reference = reference,
            Sku = sku,
            FromNode = route.From,
            ToNode = route.To,
            Quantity = quantity,
            ExpectedAt = expectedAt.ToUniversalTime(),
            DispatchedAt = at.ToUniversalTime(),
        };
}

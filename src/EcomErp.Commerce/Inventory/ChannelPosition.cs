namespace EcomErp.Commerce.Inventory;

/// <summary>
/// How much of one SKU the orders of one channel hold: what counts against the channel's allocation, and what is
/// still held against the network before routing. A materialised sum of the ledger's reservation movements that
/// carry the channel.
/// </summary>
public sealed class ChannelPosition
{
    /// <summary>Creates an empty position.</summary>
    public ChannelPosition(string sku, string channelCode)
    {
        Sku = sku;
        ChannelCode = channelCode;
    }

    /// <summary>The SKU.</summary>
    public string Sku { get; private set; }

    /// <summary>A position as stored, read without EF (see <see cref="StockLocks"/>).</summary>
    internal static ChannelPosition Restore(string sku, string channelCode, int reserved, int unassigned) =>
        new(sku, channelCode) { Reserved = reserved, Unassigned = unassigned };

    /// <summary>The channel.</summary>
    public string ChannelCode { get; private set; }

    /// <summary>Units held for the channel's orders, at nodes or against the network.</summary>
    public int Reserved { get; private set; }

    /// <summary>Of those, units held against the network and not yet assigned to a node.</summary>
    public int Unassigned { get; private set; }

    /// <summary>Applies one reservation movement, exactly as a replay of the ledger would.</summary>
    public void Apply(MovementKind kind, int delta, bool atNode)
    {
        var change = MovementEffects.Change(kind, delta, StockMeasure.Reserved);
        Reserved += change;
        Unassigned += atNode ? 0 : change;
    }
}

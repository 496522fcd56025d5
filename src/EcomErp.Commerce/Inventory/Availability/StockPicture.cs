using EcomErp.Commerce.Inventory.Movements;

namespace EcomErp.Commerce.Inventory.Availability;

/// <summary>
/// Everything available-to-sell is computed from, for a set of SKUs at one moment: positions per node, what each
/// channel's orders hold, stock on its way, kit recipes and the channels' rules. Under a stock lock the
/// positions are the tracked rows being changed, so figures computed after a change already include it.
/// </summary>
/// <param name="now">The moment in-transit horizons are measured from.</param>
/// <param name="rules">The channels, their policies and allocations.</param>
public sealed class StockPicture(DateTimeOffset now, StockRules rules)
{
    private readonly Dictionary<string, List<StockPosition>> positions = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Sku, string Channel), ChannelPosition> channelPositions = [];
    private readonly Dictionary<string, List<StockTransfer>> transfers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<KitComponent>> kits = new(StringComparer.Ordinal);
    private readonly HashSet<string> skus = new(StringComparer.Ordinal);

    /// <summary>The moment in-transit horizons are measured from.</summary>
    public DateTimeOffset Now { get; } = now;

    /// <summary>The channels, their policies and allocations.</summary>
    public StockRules Rules { get; } = rules;

    /// <summary>Every SKU the picture covers, kits included, in code order.</summary>
    public IEnumerable<string> Skus => skus.Order(StringComparer.Ordinal);

    /// <summary>Adds SKUs (items or kits) to the picture.</summary>
    public void AddSkus(IEnumerable<string> codes) => skus.UnionWith(codes);

    /// <summary>Adds a position; a position of a SKU not yet covered adds the SKU.</summary>
    public void Add(StockPosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        skus.Add(position.Sku);
        ListOf(positions, position.Sku).Add(position);
    }

    /// <summary>Adds what one channel's orders hold of one SKU.</summary>
    public void Add(ChannelPosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        channelPositions[(position.Sku, position.ChannelCode)] = position;
    }

    /// <summary>Adds an open transfer.</summary>
    public void Add(StockTransfer transfer)
    {
        ArgumentNullException.ThrowIfNull(transfer);
        ListOf(transfers, transfer.Sku).Add(transfer);
    }

    /// <summary>Adds one line of a kit's recipe; the kit becomes a kit of the picture.</summary>
    public void Add(KitComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        skus.Add(component.KitSku);
        ListOf(kits, component.KitSku).Add(component);
    }

    /// <summary>Marks a SKU as a kit even when its recipe is empty, so that it is never sold as stock.</summary>
    public void AddKit(string kitSku)
    {
        skus.Add(kitSku);
        ListOf(kits, kitSku);
    }

    /// <summary>Whether <paramref name="sku"/> is a kit.</summary>
    public bool IsKit(string sku) => kits.ContainsKey(sku);

    /// <summary>The kit's components, in SKU order.</summary>
    public IReadOnlyList<KitComponent> ComponentsOf(string kitSku) =>
        kits.TryGetValue(kitSku, out var list) ? [.. list.OrderBy(c => c.ComponentSku, StringComparer.Ordinal)] : [];

    /// <summary>The SKU's positions, one per node that has one.</summary>
    public IReadOnlyList<StockPosition> PositionsOf(string sku) => positions.TryGetValue(sku, out var list) ? list : [];

    /// <summary>The SKU's position at <paramref name="nodeCode"/>, if there is one.</summary>
    public StockPosition? PositionAt(string sku, string nodeCode) =>
        PositionsOf(sku).FirstOrDefault(position => position.NodeCode == nodeCode);

    /// <summary>What each channel's orders hold of the SKU.</summary>
    public IEnumerable<ChannelPosition> ChannelPositionsOf(string sku) =>
        channelPositions.Values.Where(position => position.Sku == sku);

    /// <summary>What one channel's orders hold of the SKU, if anything was ever held.</summary>
    public ChannelPosition? ChannelPositionOf(string sku, string channelCode) =>
        channelPositions.GetValueOrDefault((sku, channelCode));

    /// <summary>The SKU's transfers with units still on their way.</summary>
    public IReadOnlyList<StockTransfer> TransfersOf(string sku) => transfers.TryGetValue(sku, out var list) ? list : [];

    private static List<T> ListOf<T>(Dictionary<string, List<T>> map, string key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        return list;
    }
}

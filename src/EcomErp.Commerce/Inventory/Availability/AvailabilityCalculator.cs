namespace EcomErp.Commerce.Inventory.Availability;

/// <summary>
/// Computes available-to-sell from a <see cref="StockPicture"/>. For a stocked SKU and a channel:
/// the sum over nodes of on hand less reserved and safety stock (each node counted only above zero), less what
/// is held against the network, plus in-transit stock within the channel's horizon, less what other channels
/// have set aside and not used; never below zero. A kit's figure is the smallest number of whole kits its
/// components allow.
/// </summary>
public static class AvailabilityCalculator
{
    private const string FixedSource = "fixed";
    private const string ShareSource = "share";

    /// <summary>The SKU's available-to-sell for <paramref name="channel"/>, with its terms.</summary>
    public static ChannelAvailability ForChannel(StockPicture picture, string sku, string channel)
    {
        ArgumentNullException.ThrowIfNull(picture);
        return picture.IsKit(sku) ? ForKit(picture, sku, channel) : ForItem(picture, sku, channel);
    }

    /// <summary>Units each node can still promise of the SKU (kits: whole kits), never below zero.</summary>
    public static IReadOnlyList<NodeStock> AtNodes(StockPicture picture, string sku)
    {
        ArgumentNullException.ThrowIfNull(picture);
        if (!picture.IsKit(sku))
        {
            return [.. picture.PositionsOf(sku).Select(p => new NodeStock(p.NodeCode, sku, Math.Max(0, p.Available)))];
        }

        var components = picture.ComponentsOf(sku);
        var nodes = components.SelectMany(c => picture.PositionsOf(c.ComponentSku)).Select(p => p.NodeCode)
            .Distinct(StringComparer.Ordinal);
        return [.. nodes.Select(node => new NodeStock(node, sku, components.Count == 0 ? 0 : components.Min(c =>
            Math.Max(0, picture.PositionAt(c.ComponentSku, node)?.Available ?? 0) / c.Quantity)))];
    }

    /// <summary>
    /// What each channel has set aside of the SKU. Fixed quantities are granted first, then shares of the
    /// sellable stock (on hand less safety stock, per node above zero), each in channel order and each cut to
    /// what is left, so that the parts never exceed the whole.
    /// </summary>
    public static IReadOnlyList<AllocationFigure> Allocations(StockPicture picture, string sku)
    {
        ArgumentNullException.ThrowIfNull(picture);
        var whole = picture.PositionsOf(sku).Sum(p => Math.Max(0L, (long)p.OnHand - p.SafetyStock));
        var wanted = Wanted(picture, sku, whole);
        var left = whole;
        var figures = new List<AllocationFigure>();
        foreach (var (channel, source, units) in wanted)
        {
            var granted = Math.Min(units, left);
            left -= granted;
            long used = picture.ChannelPositionOf(sku, channel)?.Reserved ?? 0;
            figures.Add(new AllocationFigure(channel, source, granted, used, Math.Max(0L, granted - used)));
        }

        return figures;
    }

    private static ChannelAvailability ForItem(StockPicture picture, string sku, string channel)
    {
        var terms = new List<AtsTerm>
        {
            new(AtsTerms.SellableAtNodes, picture.PositionsOf(sku).Sum(p => (long)Math.Max(0, p.Available))),
            new(AtsTerms.HeldAgainstNetwork, -picture.ChannelPositionsOf(sku).Sum(p => (long)p.Unassigned)),
        };
        if (picture.Rules.PolicyOf(channel)?.InTransitHorizon is { } horizon)
        {
            terms.Add(new(AtsTerms.InTransit, InTransit(picture, sku, horizon),
                $"within {horizon.TotalDays:0.##} days"));
        }

        terms.AddRange(Allocations(picture, sku)
            .Where(figure => figure.Channel != channel && figure.SetAside > 0)
            .Select(figure => new AtsTerm(AtsTerms.OtherAllocation, -figure.SetAside, figure.Channel)));
        var sum = terms.Sum(term => term.Units);
        if (sum < 0)
        {
            terms.Add(new(AtsTerms.FloorAtZero, -sum));
        }

        // Terms add up in 64 bits; the figure told to channels is a 32-bit count, so a sum beyond it is capped.
        return new ChannelAvailability(channel, sku, (int)Math.Min(int.MaxValue, Math.Max(0L, sum)), terms, []);
    }

    private static ChannelAvailability ForKit(StockPicture picture, string sku, string channel)
    {
        var limits = picture.ComponentsOf(sku)
            .Select(component => (component, ats: ForItem(picture, component.ComponentSku, channel).Ats))
            .Select(pair => new ComponentLimit(pair.component.ComponentSku, pair.component.Quantity, pair.ats,
                pair.ats / pair.component.Quantity))
            .ToList();
        return new ChannelAvailability(channel, sku, limits.Count == 0 ? 0 : limits.Min(l => l.Kits), [], limits);
    }

    private static long InTransit(StockPicture picture, string sku, TimeSpan horizon) =>
        picture.TransfersOf(sku)
            .Where(transfer => transfer.ExpectedAt <= picture.Now + horizon)
            .Sum(transfer => (long)transfer.Outstanding);

    private static List<(string Channel, string Source, long Units)> Wanted(StockPicture picture, string sku,
        long whole)
    {
        var fixedQuantities = picture.Rules.AllocationsOf(sku)
            .OrderBy(allocation => allocation.ChannelCode, StringComparer.Ordinal)
            .Select(allocation => (allocation.ChannelCode, FixedSource, (long)allocation.Quantity))
            .ToList();
        var shares = picture.Rules.Channels
            .Where(channel => fixedQuantities.All(f => f.ChannelCode != channel))
            .Select(channel => (channel, share: picture.Rules.PolicyOf(channel)?.AllocationShare ?? 0m))
            .Where(pair => pair.share > 0m)
            .Select(pair => (pair.channel, ShareSource, (long)decimal.Floor(pair.share * whole)));
        return [.. fixedQuantities, .. shares];
    }
}

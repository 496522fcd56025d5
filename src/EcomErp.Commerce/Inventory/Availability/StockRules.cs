using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Commerce.Inventory.Availability;

/// <summary>The channels, their stock policies and the fixed allocations of some SKUs.</summary>
public sealed class StockRules
{
    private readonly Dictionary<string, ChannelStockPolicy> policies;
    private readonly ILookup<string, ChannelAllocation> allocations;

    /// <summary>Creates the rules from their parts.</summary>
    public StockRules(
        IEnumerable<string> channels,
        IEnumerable<ChannelStockPolicy> policies,
        IEnumerable<ChannelAllocation> allocations)
    {
        Channels = [.. channels.Order(StringComparer.Ordinal)];
        this.policies = policies.ToDictionary(policy => policy.ChannelCode, StringComparer.Ordinal);
        this.allocations = allocations.ToLookup(allocation => allocation.Sku, StringComparer.Ordinal);
    }

    /// <summary>Every channel, in code order.</summary>
    public IReadOnlyList<string> Channels { get; }

    /// <summary>Whether any channel may sell stock that is still on its way.</summary>
    public bool AnyInTransitHorizon => policies.Values.Any(policy => policy.InTransitHorizon is not null);

    /// <summary>The channel's policy, or null when it has none (no share, no in transit, no backorders).</summary>
    public ChannelStockPolicy? PolicyOf(string channelCode) => policies.GetValueOrDefault(channelCode);

    /// <summary>The fixed allocations of <paramref name="sku"/>.</summary>
    public IEnumerable<ChannelAllocation> AllocationsOf(string sku) => allocations[sku];

    /// <summary>Loads the channels, every policy and the fixed allocations of <paramref name="skus"/>.</summary>
    public static async Task<StockRules> LoadAsync(
        CommerceDbContext db,
        IReadOnlyCollection<string> skus,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var channels = await db.Channels.AsNoTracking().Select(channel => channel.Code).ToListAsync(cancellationToken);
        var policies = await db.ChannelStockPolicies.AsNoTracking().ToListAsync(cancellationToken);
        var allocations = await db.ChannelAllocations.AsNoTracking()
            .Where(allocation => skus.Contains(allocation.Sku))
            .ToListAsync(cancellationToken);
        return new StockRules(channels, policies, allocations);
    }
}

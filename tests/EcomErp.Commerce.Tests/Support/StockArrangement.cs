using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Inventory.Availability;
using EcomErp.Commerce.Monetary;
using EcomErp.Commerce.Persistence;

namespace EcomErp.Commerce.Tests.Support;

/// <summary>Builds the catalogue and opening stock a stock test needs, booking stock through the ledger.</summary>
internal static class StockArrangement
{
    public const string Web = "web";
    public const string Market = "market";

    /// <summary>Nodes, SKUs and the channels web and market, each stock line a receipt plus its safety stock.</summary>
    public static async Task StockAsync(
        CommerceDbContext db,
        DateTimeOffset at,
        params (string Sku, string Node, int OnHand, int Safety)[] stock)
    {
        var usd = (decimal amount) => new Money(amount, "USD");
        db.Channels.AddRange(new Channel(Web, Web, PayloadFormat.Canonical, "USD"),
            new Channel(Market, Market, PayloadFormat.Canonical, "USD"));
        db.Nodes.AddRange(stock.Select(line => line.Node).Distinct().Select(code =>
            new Node(code, code, NodeKind.DistributionCentre, ("US", null), usd(5m), usd(0.5m))));
        db.Skus.AddRange(stock.Select(line => line.Sku).Distinct().Select(code => new Sku(code, code)));
        foreach (var line in stock)
        {
            var position = new StockPosition(line.Sku, line.Node);
            db.StockPositions.Add(position);
            OpeningStock.Book(db, position, MovementKind.Receipt, line.OnHand, at);
            OpeningStock.Book(db, position, MovementKind.SafetyStock, line.Safety, at);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A kit made of <paramref name="components"/>, each so many units per kit.</summary>
    public static async Task KitAsync(CommerceDbContext db, string kit, params (string Sku, int PerKit)[] components)
    {
        db.Skus.Add(new Sku(kit, kit, isKit: true));
        db.KitComponents.AddRange(components.Select(c => new KitComponent(kit, c.Sku, c.PerKit)));
        await db.SaveChangesAsync();
    }

    /// <summary>A channel's policy: its share, in-transit horizon and backorders.</summary>
    public static async Task PolicyAsync(CommerceDbContext db, string channel, decimal? share,
        TimeSpan? horizon = null, bool backorders = false)
    {
        db.ChannelStockPolicies.Add(new ChannelStockPolicy(channel, share, horizon, backorders));
        await db.SaveChangesAsync();
    }

}

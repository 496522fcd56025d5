using System.Text.Json;
using System.Text.Json.Serialization;
using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Channels.Skus;
using EcomErp.Commerce.Credentials;
using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Commerce.Seeding;

/// <summary>
/// Loads a development seed into an empty commerce database. A database that already has channels, nodes or SKUs
/// is left alone, so running it at every start-up is safe.
/// </summary>
public static class DevSeeder
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    /// <summary>Reads a seed file such as seed/dev-seed.json.</summary>
    public static async Task<DevSeed> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var file = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<DevSeed>(file, Json, cancellationToken)
            ?? throw new InvalidDataException($"The seed file {path} is empty.");
    }

    /// <summary>
    /// Adds the seed's channels, nodes, SKUs, kits and opening stock, each stock line with its receipt and safety
    /// stock in the inventory ledger, unless the database already has any of them. Runs in the caller's
    /// transaction when there is one.
    /// </summary>
    /// <returns>Whether the seed was applied.</returns>
    public static async Task<bool> ApplyAsync(
        CommerceDbContext db,
        DevSeed seed,
        DateTimeOffset at,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(seed);
        if (await db.Channels.AnyAsync(cancellationToken) || await db.Nodes.AnyAsync(cancellationToken)
            || await db.Skus.AnyAsync(cancellationToken))
        {
            return false;
        }

        AddCatalogue(db, seed);
        AddStock(db, seed.Stock, at);
        AddAccess(db, seed, at);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static void AddCatalogue(CommerceDbContext db, DevSeed seed)
    {
        db.Channels.AddRange(seed.Channels.Select(NewChannel));
        db.Nodes.AddRange(seed.Nodes.Select(node => new Node(node.Code, node.Name, node.Kind,
            (node.CountryCode, node.Region), node.PerShipmentCost, node.PerUnitCost)
            .WithCutoff(node.OrderCutoff, node.TimeZone)));
        db.Skus.AddRange(seed.Skus.Select(sku => new Sku(sku.Code, sku.Name)));
        foreach (var kit in seed.Kits ?? [])
        {
            db.Skus.Add(new Sku(kit.Code, kit.Name, isKit: true));
            db.KitComponents.AddRange(kit.Components.Select(c => new KitComponent(kit.Code, c.Sku, c.Quantity)));
        }
    }

    private static Channel NewChannel(SeedChannel seed)
    {
        var channel = new Channel(seed.Code, seed.Name, seed.Format, seed.ShopCurrency);
        channel.ChangeWebhookSecret(seed.WebhookSecret);
        return channel;
    }

    private static void AddAccess(CommerceDbContext db, DevSeed seed, DateTimeOffset at)
    {
        db.WarehouseClients.AddRange((seed.WarehouseClients ?? [])
            .Select(client => WarehouseClient.Create(client.Code, client.Name, client.Nodes)));
        db.SkuMappings.AddRange((seed.SkuMappings ?? [])
            .Select(seeded => SkuMapping.Create(seeded.Channel, seeded.Kind, seeded.ChannelValue, seeded.Sku, at)));
    }

    private static void AddStock(CommerceDbContext db, IEnumerable<SeedStock> stock, DateTimeOffset at)
    {
        foreach (var line in stock)
        {
            var position = new StockPosition(line.Sku, line.Node);
            db.StockPositions.Add(position);
            OpeningStock.Book(db, position, MovementKind.Receipt, line.OnHand, at);
            OpeningStock.Book(db, position, MovementKind.SafetyStock, line.SafetyStock, at);
        }
    }
}

using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Commerce.Inventory.Availability;

/// <summary>Loads <see cref="StockPicture"/>s for reading: the figures shown to people and sent to channels.</summary>
public static class StockPictures
{
    /// <summary>
    /// Loads the picture of <paramref name="skus"/> (null: every SKU), with the kits among them and their
    /// components. Nothing is locked or tracked; run it in one transaction when the figures must agree.
    /// </summary>
    public static async Task<StockPicture> LoadAsync(
        CommerceDbContext db,
        IReadOnlyCollection<string>? skus,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var catalogue = db.Skus.AsNoTracking().Where(sku => skus == null || skus.Contains(sku.Code));
        var asked = await catalogue.Select(sku => new { sku.Code, sku.IsKit }).ToListAsync(cancellationToken);
        var kits = asked.Where(sku => sku.IsKit).Select(sku => sku.Code).ToArray();
        var recipes = await db.KitComponents.AsNoTracking().Where(c => kits.Contains(c.KitSku))
            .ToListAsync(cancellationToken);
        var codes = asked.Select(sku => sku.Code).Concat(recipes.Select(c => c.ComponentSku))
            .Distinct(StringComparer.Ordinal).ToArray();
        var picture = new StockPicture(now, await StockRules.LoadAsync(db, codes, cancellationToken));
        picture.AddSkus(codes);
        await FillAsync(db, picture, codes, cancellationToken);
        recipes.ForEach(picture.Add);
        Array.ForEach(kits, picture.AddKit);
        return picture;
    }

    /// <summary>Adds the positions, channel positions and (when a policy needs them) open transfers of SKUs.</summary>
    private static async Task FillAsync(
        CommerceDbContext db,
        StockPicture picture,
        string[] codes,
        CancellationToken cancellationToken)
    {
        (await db.StockPositions.AsNoTracking().Where(p => codes.Contains(p.Sku)).ToListAsync(cancellationToken))
            .ForEach(picture.Add);
        (await db.ChannelPositions.AsNoTracking().Where(p => codes.Contains(p.Sku)).ToListAsync(cancellationToken))
            .ForEach(picture.Add);
        if (picture.Rules.AnyInTransitHorizon)
        {
            await AddTransfersAsync(db, picture, codes, cancellationToken);
        }
    }

    /// <summary>Adds the SKUs' transfers that still have units on their way.</summary>
    internal static async Task AddTransfersAsync(
        CommerceDbContext db,
        StockPicture picture,
        string[] codes,
        CancellationToken cancellationToken)
    {
        var transfers = await db.StockTransfers.AsNoTracking()
            .Where(t => codes.Contains(t.Sku) && t.Received < t.Quantity)
            .ToListAsync(cancellationToken);
        transfers.ForEach(picture.Add);
    }
}

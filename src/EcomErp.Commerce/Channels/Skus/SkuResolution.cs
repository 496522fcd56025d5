using EcomErp.Commerce.Orders;
using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Commerce.Channels.Skus;

/// <summary>
/// Turns the SKUs a channel sent into the catalogue's through the channel's mappings: a variant mapping first,
/// then a SKU mapping, else the SKU as sent. A stocked line left without any SKU is a problem naming its field.
/// </summary>
public static class SkuResolution
{
    /// <summary>The mappings of <paramref name="channelCode"/> that could apply to <paramref name="lines"/>.</summary>
    public static async Task<IReadOnlyList<SkuMapping>> LoadAsync(
        CommerceDbContext db,
        string channelCode,
        IEnumerable<(string ChannelSku, string? VariantId)> lines,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var values = lines.SelectMany(line => new[] { line.ChannelSku, line.VariantId })
            .OfType<string>().Where(value => value.Length > 0).Distinct().ToList();
        return await db.SkuMappings.AsNoTracking()
            .Where(mapping => mapping.ChannelCode == channelCode && values.Contains(mapping.ChannelValue))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The catalogue SKU for a line, or null when nothing maps it and it carries no SKU.</summary>
    public static string? Resolve(string channelSku, string? variantId, IReadOnlyCollection<SkuMapping> mappings)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        return Find(mappings, SkuMappingKind.Variant, variantId)
            ?? Find(mappings, SkuMappingKind.Sku, channelSku)
            ?? (string.IsNullOrWhiteSpace(channelSku) ? null : channelSku);
    }

    /// <summary>The order with its SKUs resolved, and a problem for each stocked line left without one.</summary>
    public static (CanonicalOrder Order, IReadOnlyList<FieldProblem> Problems) Apply(
        CanonicalOrder order,
        IReadOnlyCollection<SkuMapping> mappings)
    {
        ArgumentNullException.ThrowIfNull(order);
        var problems = new List<FieldProblem>();
        var lines = order.Lines.Select(line =>
        {
            var sku = Resolve(line.Sku, line.ChannelVariantId, mappings);
            if (sku is null && line.RequiresShipping && !line.IsGiftCard)
            {
                problems.Add(new FieldProblem(line.SkuField, Unmapped(order, line)));
            }

            return line with { ChannelSku = line.ChannelSku ?? line.Sku, Sku = sku ?? "" };
        }).ToList();
        return (order with { Lines = lines }, problems);
    }

    private static string? Find(IReadOnlyCollection<SkuMapping> mappings, SkuMappingKind kind, string? value) =>
        string.IsNullOrEmpty(value)
            ? null
            : mappings.FirstOrDefault(mapping => mapping.Kind == kind && mapping.ChannelValue == value)?.Sku;

    private static string Unmapped(CanonicalOrder order, CanonicalOrderLine line) =>
        line.ChannelVariantId is { } variant
            ? $"is empty and no SKU mapping names variant {variant}; add one, then replay the payload"
            : "is empty and the line has no variant id a SKU mapping could name";
}

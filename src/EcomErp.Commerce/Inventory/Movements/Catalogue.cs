using EcomErp.Commerce.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Commerce.Inventory.Movements;

/// <summary>The SKUs and nodes that inbound stock may name: known, and for SKUs, not kits.</summary>
internal sealed class Catalogue(IReadOnlyDictionary<string, bool> skus, IReadOnlySet<string> nodes)
{
    public static async Task<Catalogue> LoadAsync(
        CommerceDbContext db,
        IEnumerable<string> skus,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var codes = skus.Distinct(StringComparer.Ordinal).ToArray();
        var known = await db.Skus.AsNoTracking().Where(sku => codes.Contains(sku.Code))
            .ToDictionaryAsync(sku => sku.Code, sku => sku.IsKit, cancellationToken);
        var nodes = await db.Nodes.AsNoTracking().Select(node => node.Code).ToListAsync(cancellationToken);
        return new Catalogue(known, nodes.ToHashSet(StringComparer.Ordinal));
    }

    public IEnumerable<(string Field, string Reason)> SkuProblems(string field, string? sku)
    {
        if (string.IsNullOrWhiteSpace(sku))
        {
            yield return (field, "is required");
        }
        else if (!skus.TryGetValue(sku, out var isKit))
        {
            yield return (field, $"no SKU has the code '{sku}'");
        }
        else if (isKit)
        {
            yield return (field, $"'{sku}' is a kit, which is never stocked on its own; move its components");
        }
    }

    public IEnumerable<(string Field, string Reason)> NodeProblems(string field, string? nodeCode)
    {
        if (string.IsNullOrWhiteSpace(nodeCode))
        {
            yield return (field, "is required");
        }
        else if (!nodes.Contains(nodeCode))
        {
            yield return (field, $"no node has the code '{nodeCode}'");
        }
    }
}

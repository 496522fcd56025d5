using System.Globalization;

namespace EcomErp.InventoryBench;

/// <summary>
/// Order lines to reserve: real invoice lines (stock code and quantity) from the Online Retail CSV when given,
/// else one unit of each SKU in turn. Lines with a non-positive quantity (cancellations) are left out.
/// </summary>
internal sealed class OrderLines(IReadOnlyList<(string Sku, int Quantity)> lines)
{
    public IReadOnlyList<(string Sku, int Quantity)> Lines { get; } = lines;

    /// <summary>The most frequent stock codes first, at most <paramref name="skus"/> of them.</summary>
    public IReadOnlyList<string> TopSkus(int skus) =>
        [.. Lines.GroupBy(line => line.Sku).OrderByDescending(group => group.Count()).ThenBy(group => group.Key,
            StringComparer.Ordinal).Take(skus).Select(group => group.Key)];

    public static OrderLines Load(string? dataset, int skus)
    {
        if (dataset is null || !File.Exists(dataset))
        {
            return new OrderLines([.. Enumerable.Range(0, skus).Select(i => ($"BENCH-{i:D5}", 1))]);
        }

        var lines = File.ReadLines(dataset).Skip(1)
            .Select(row => row.Split(','))
            .Where(fields => fields.Length > 3)
            .Select(fields => (Sku: fields[1].Trim().ToUpperInvariant(),
                Quantity: int.TryParse(fields[^5], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture,
                    out var quantity) ? quantity : 0))
            .Where(line => line.Quantity is > 0 and <= 100)
            .ToList();
        return new OrderLines(lines);
    }
}

using System.Globalization;

namespace EcomErp.Commerce.Inventory.Reconciliation;

/// <summary>
/// Reads a snapshot sent as CSV: a header naming the columns <c>sku</c>, <c>node</c> and <c>onHand</c> (in any
/// order and case, <c>on_hand</c> also accepted), then one line per SKU and node. Fields may be quoted.
/// </summary>
public static class SnapshotCsv
{
    /// <summary>The lines read, and every problem keyed by <c>line N</c> (1 is the header).</summary>
    public static (IReadOnlyList<SnapshotLine> Lines, IReadOnlyList<(string Field, string Reason)> Problems) Read(
        string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = text.Split('\n').Select(row => row.TrimEnd('\r')).ToList();
        var header = Fields(rows[0]).Select(Normalise).ToList();
        var (sku, node, onHand) = (header.IndexOf("sku"), header.IndexOf("node"), header.IndexOf("onhand"));
        if (sku < 0 || node < 0 || onHand < 0)
        {
            return ([], [("line 1", "the header must name the columns sku, node and onHand")]);
        }

        var lines = new List<SnapshotLine>();
        var problems = new List<(string, string)>();
        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i].Length == 0)
            {
                continue;
            }

            var fields = Fields(rows[i]);
            if (fields.Count <= Math.Max(sku, Math.Max(node, onHand))
                || !int.TryParse(fields[onHand], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture,
                    out var units))
            {
                problems.Add(($"line {i + 1}", "needs a SKU, a node and a whole number of units on hand"));
                continue;
            }

            lines.Add(new SnapshotLine(fields[sku], fields[node], units));
        }

        return (lines, problems);
    }

    private static string Normalise(string name) =>
        name.Replace("_", "", StringComparison.Ordinal).Replace("code", "", StringComparison.OrdinalIgnoreCase)
            .ToLowerInvariant();

    private static List<string> Fields(string row)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < row.Length; i++)
        {
            var c = row[i];
            if (c == '"' && quoted && i + 1 < row.Length && row[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString().Trim());
        return fields;
    }
}

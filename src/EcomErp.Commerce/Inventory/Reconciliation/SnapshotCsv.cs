using System.Globalization;

namespace EcomErp.Commerce.Inventory.Reconciliation;

/// <summary>
/// Reads a snapshot sent as CSV: a header naming the columns <c>sku</c>, <c>node</c> and <c>onHand</c> (in any
/// order and case, <c>on_hand</c> also accepted), then one line per SKU and node. Fields may be quoted. Problems
/// are keyed by the line's number in the file (1 is the header), with the column when one is at fault:
/// <c>line 3.onHand</c>.
/// </summary>
public static class SnapshotCsv
{
    /// <summary>
    /// The lines read, the key of each (<c>line N</c>, for naming its problems later), and every problem found.
    /// </summary>
    public static (IReadOnlyList<SnapshotLine> Lines, IReadOnlyList<string> Keys,
        IReadOnlyList<(string Field, string Reason)> Problems) Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = text.Split('\n').Select(row => row.TrimEnd('\r')).ToList();
        var header = Fields(rows[0]).Select(Normalise).ToList();
        var (sku, node, onHand) = (header.IndexOf("sku"), header.IndexOf("node"), header.IndexOf("onhand"));
        if (sku < 0 || node < 0 || onHand < 0)
        {
            return ([], [], [("line 1", "the header must name the columns sku, node and onHand")]);
        }

        var (lines, keys, problems) = (new List<SnapshotLine>(), new List<string>(), new List<(string, string)>());
        var needed = Math.Max(sku, Math.Max(node, onHand)) + 1;
        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i].Length == 0)
            {
                continue;
            }

            var (key, fields) = ($"line {i + 1}", Fields(rows[i]));
            if (fields.Count < needed)
            {
                problems.Add((key, $"has {fields.Count} field(s); the header names {header.Count} columns"));
            }
            else if (!int.TryParse(fields[onHand], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture,
                out var units))
            {
                problems.Add(($"{key}.onHand", $"must be a whole number of units, not '{fields[onHand]}'"));
            }
            else
            {
                lines.Add(new SnapshotLine(fields[sku], fields[node], units));
                keys.Add(key);
            }
        }

        if (lines.Count == 0 && problems.Count == 0)
        {
            // An empty snapshot would count nothing, so it is refused rather than reported as a perfect match.
            problems.Add(("line 2", "is missing: a snapshot lists at least one SKU and node after the header"));
        }

        return (lines, keys, problems);
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

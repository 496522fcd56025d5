using System.Globalization;

namespace EcomErp.Workflows.Timers;

/// <summary>
/// An ISO-8601 date-time for timers. A value without an offset is taken as UTC, so that a model means the same
/// instant on every server whatever its local time zone.
/// </summary>
public static class IsoDate
{
    public static bool TryParse(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(
            text.Trim(),
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out value)
        && text.Trim().Contains('T', StringComparison.Ordinal);
}

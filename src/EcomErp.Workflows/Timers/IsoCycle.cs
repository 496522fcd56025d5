using System.Globalization;

namespace EcomErp.Workflows.Timers;

/// <summary>
/// An ISO-8601 repeating interval: <c>R3/PT1H</c> (three firings, an hour apart, the first an hour after the
/// timer is armed), <c>R/PT1H</c> or <c>R/P1D</c> (unbounded), or <c>R2/2026-01-01T08:00:00Z/P1D</c> (the first
/// firing at the given start). <c>Rn</c> counts firings in total.
/// </summary>
public sealed record IsoCycle(int? Repetitions, DateTimeOffset? Start, IsoDuration Interval)
{
    public static IsoCycle Parse(string text) =>
        TryParse(text, out var cycle, out var problem) ? cycle : throw new FormatException(problem);

    public static bool TryParse(string text, out IsoCycle cycle, out string problem)
    {
        cycle = null!;
        problem = $"timeCycle '{text}' is not an ISO-8601 repeating interval such as R3/PT1H or R/P1D";
        var parts = text.Trim().Split('/');
        if (parts.Length is < 2 or > 3 || !parts[0].StartsWith('R') || !TryRepetitions(parts[0], out var count))
        {
            return false;
        }

        DateTimeOffset? start = null;
        if (parts.Length == 3)
        {
            if (!IsoDate.TryParse(parts[1], out var first))
            {
                return false;
            }

            start = first;
        }

        if (!IsoDuration.TryParse(parts[^1], out var interval) || interval.IsZero)
        {
            return false;
        }

        cycle = new IsoCycle(count, start, interval);
        return true;
    }

    /// <summary>When the first firing is due, for a timer armed at <paramref name="armedAt"/>.</summary>
    public DateTimeOffset FirstDue(DateTimeOffset armedAt) => Start ?? Interval.AddTo(armedAt);

    private static bool TryRepetitions(string token, out int? count)
    {
        count = null;
        if (token.Length == 1)
        {
            return true;
        }

        var ok = int.TryParse(token.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var value);
        count = value;
        return ok && value > 0;
    }
}

using EcomErp.Workflows.Definitions;

namespace EcomErp.Workflows.Timers;

/// <summary>When a timer fires, and whether it fires again.</summary>
/// <param name="DueAt">The next firing.</param>
/// <param name="RemainingAfterThis">Firings left after the next one; null means unbounded, 0 means none.</param>
/// <param name="Interval">For cycles, the interval to the following firing.</param>
public sealed record TimerSchedule(DateTimeOffset DueAt, int? RemainingAfterThis, IsoDuration? Interval)
{
    public bool Repeats => Interval is not null && RemainingAfterThis is null or > 0;

    /// <summary>
    /// Schedules a timer value (already evaluated, if it was an expression) armed at a given instant.
    /// </summary>
    /// <exception cref="FormatException">The value is not valid for its kind, or lands beyond the calendar.</exception>
    public static TimerSchedule Create(TimerKind kind, string value, DateTimeOffset armedAt)
    {
        try
        {
            return kind switch
            {
                TimerKind.Date => IsoDate.TryParse(value, out var date)
                    ? new TimerSchedule(date, 0, null)
                    : throw new FormatException($"timeDate '{value}' is not an ISO-8601 date-time"),
                TimerKind.Duration => new TimerSchedule(IsoDuration.Parse(value).AddTo(armedAt), 0, null),
                _ => FromCycle(IsoCycle.Parse(value), armedAt),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new FormatException($"The timer '{value}' would fall due beyond the end of the calendar.");
        }
    }

    /// <summary>
    /// The schedule after a firing at <paramref name="firedAt"/>. A timer that was overdue (for example while the
    /// service was down) fires once and then resumes its rhythm from now, instead of firing for every missed slot.
    /// </summary>
    public TimerSchedule? Next(DateTimeOffset firedAt)
    {
        if (!Repeats)
        {
            return null;
        }

        var next = Interval!.AddTo(DueAt);
        while (next <= firedAt)
        {
            next = Interval.AddTo(next);
        }

        return new TimerSchedule(next, RemainingAfterThis - 1, Interval);
    }

    private static TimerSchedule FromCycle(IsoCycle cycle, DateTimeOffset armedAt) =>
        new(cycle.FirstDue(armedAt), cycle.Repetitions - 1, cycle.Interval);
}

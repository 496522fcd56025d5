using System.Globalization;
using System.Text.RegularExpressions;

namespace EcomErp.Workflows.Timers;

/// <summary>
/// An ISO-8601 duration such as <c>P1Y2M3DT4H5M6S</c> or <c>P2W</c>. Years, months and days stay calendar units,
/// added to a date as the calendar says, so that <c>P1M</c> from 31 January lands on the last day of February.
/// </summary>
public sealed partial record IsoDuration(int Years, int Months, int Days, TimeSpan Time)
{
    public bool IsZero => Years == 0 && Months == 0 && Days == 0 && Time == TimeSpan.Zero;

    public static IsoDuration Parse(string text) =>
        TryParse(text, out var duration)
            ? duration
            : throw new FormatException($"'{text}' is not an ISO-8601 duration such as PT5M, P1D or P1Y2M3DT4H.");

    public static bool TryParse(string? text, out IsoDuration duration)
    {
        duration = null!;
        var match = text is null ? Match.Empty : Pattern().Match(text.Trim());
        if (!match.Success || match.Length == 1 || text!.Trim().EndsWith('T'))
        {
            return false;
        }

        try
        {
            duration = FromMatch(match);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static IsoDuration FromMatch(Match match)
    {
        var weeks = Number(match, "w");
        var time = TimeSpan.FromHours(Fraction(match, "h"))
            + TimeSpan.FromMinutes(Fraction(match, "mi"))
            + TimeSpan.FromSeconds(Fraction(match, "s"));
        return new IsoDuration(Number(match, "y"), Number(match, "mo"), checked(Number(match, "d") + (7 * weeks)),
            time);
    }

    /// <summary>The instant this duration after <paramref name="start"/>, applying calendar units first.</summary>
    public DateTimeOffset AddTo(DateTimeOffset start) =>
        start.AddYears(Years).AddMonths(Months).AddDays(Days).Add(Time);

    /// <summary>An approximate length, for backoff arithmetic where calendar precision does not matter.</summary>
    public TimeSpan ToApproximateTimeSpan() =>
        TimeSpan.FromDays((Years * 365) + (Months * 30) + Days) + Time;

    private static int Number(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    private static double Fraction(Match match, string group) =>
        match.Groups[group].Success
            ? double.Parse(match.Groups[group].Value.Replace(',', '.'), CultureInfo.InvariantCulture)
            : 0;

    [GeneratedRegex(
        @"^P(?:(?<y>\d+)Y)?(?:(?<mo>\d+)M)?(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?" +
        @"(?:T(?:(?<h>\d+(?:[.,]\d+)?)H)?(?:(?<mi>\d+(?:[.,]\d+)?)M)?(?:(?<s>\d+(?:[.,]\d+)?)S)?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

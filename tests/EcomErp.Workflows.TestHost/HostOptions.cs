using System.Globalization;

namespace EcomErp.Workflows.TestHost;

/// <summary>
/// The command line: where the database is, who this worker is, and how its clock and activity behave.
/// </summary>
internal sealed record HostOptions(
    string ConnectionString,
    string WorkerId,
    TimeSpan ClockOffset,
    TimeSpan Lease,
    TimeSpan WorkDelay,
    bool HangInWork,
    bool WaitForGo,
    TimeSpan Deadline)
{
    public static HostOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            values[args[i]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
                ? args[++i]
                : "true";
        }

        return new HostOptions(
            values["--connection"],
            values["--worker"],
            TimeSpan.FromSeconds(Number(values, "--clock-offset", 0)),
            TimeSpan.FromSeconds(Number(values, "--lease", 30)),
            TimeSpan.FromMilliseconds(Number(values, "--work-delay-ms", 0)),
            values.ContainsKey("--hang"),
            values.ContainsKey("--wait-for-go"),
            TimeSpan.FromSeconds(Number(values, "--deadline", 60)));
    }

    private static double Number(Dictionary<string, string> values, string name, double fallback) =>
        values.TryGetValue(name, out var text) ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;
}

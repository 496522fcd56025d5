using System.Globalization;

namespace EcomErp.Bench;

/// <summary>The command line: <c>--connection CS [--instances K] [--concurrency C] [--insert-seconds S]</c>.</summary>
internal sealed record BenchOptions(string ConnectionString, int Instances, int Concurrency, int InsertSeconds)
{
    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        return new BenchOptions(
            values.GetValueOrDefault("--connection")
                ?? throw new ArgumentException("--connection is required (bench/run-engine-bench.sh passes it)"),
            Number(values, "--instances", 2000),
            Number(values, "--concurrency", 16),
            Number(values, "--insert-seconds", 5));
    }

    private static int Number(Dictionary<string, string> values, string name, int fallback) =>
        values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}

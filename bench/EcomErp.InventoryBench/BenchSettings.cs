using System.Globalization;

namespace EcomErp.InventoryBench;

/// <summary>What the harness was asked to do, from <c>--name value</c> arguments.</summary>
internal sealed record BenchSettings(string Server, string? Dataset, int Clients, int Skus, TimeSpan PhaseLength)
{
    public static BenchSettings Parse(string[] args)
    {
        var values = args.Chunk(2).Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0].TrimStart('-'), pair => pair[1], StringComparer.OrdinalIgnoreCase);
        string Value(string name, string fallback) => values.GetValueOrDefault(name, fallback);
        return new BenchSettings(
            Value("server", "Host=127.0.0.1;Port=5433;Username=postgres;Database=postgres"),
            values.GetValueOrDefault("dataset"),
            int.Parse(Value("clients", "16"), CultureInfo.InvariantCulture),
            int.Parse(Value("skus", "1000"), CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(int.Parse(Value("seconds", "10"), CultureInfo.InvariantCulture)));
    }
}

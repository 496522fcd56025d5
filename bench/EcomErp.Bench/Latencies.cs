using System.Collections.Concurrent;
using System.Diagnostics;

namespace EcomErp.Bench;

/// <summary>Durations of engine calls, each one transaction, for percentiles.</summary>
internal sealed class Latencies
{
    private readonly ConcurrentBag<double> milliseconds = [];

    public int Count => milliseconds.Count;

    public async Task<T> MeasureAsync<T>(Func<Task<T>> call)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await call();
        milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    public double Percentile(double fraction)
    {
        var sorted = milliseconds.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(fraction * sorted.Length))];
    }
}

using System.Diagnostics;
using System.Globalization;

namespace EcomErp.InventoryBench;

/// <summary>Runs one operation from many clients for a fixed time, printing progress every second.</summary>
internal static class Phase
{
    public static async Task<double> RunAsync(string name, int clients, TimeSpan length,
        Func<int, long, Task<bool>> operation)
    {
        long done = 0, refused = 0;
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(length);
        var workers = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            for (long i = 0; !stop.IsCancellationRequested; i++)
            {
                Interlocked.Increment(ref await operation(client, i) ? ref done : ref refused);
            }
        })).ToList();
        while (!Task.WhenAll(workers).IsCompleted)
        {
            await Task.WhenAny(Task.WhenAll(workers), Task.Delay(1000));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  [{name}] {clock.Elapsed.TotalSeconds,5:0.0}s {Interlocked.Read(ref done),8} done, " +
                $"{Interlocked.Read(ref refused)} refused, {done / clock.Elapsed.TotalSeconds,8:0}/s"));
        }

        await Task.WhenAll(workers);
        return done / clock.Elapsed.TotalSeconds;
    }
}

namespace EcomErp.Bench;

/// <summary>What one engine run measured.</summary>
internal sealed record EngineResult(
    int Instances,
    TimeSpan Elapsed,
    long Steps,
    long Commits,
    double P50Milliseconds,
    double P99Milliseconds)
{
    public double InstancesPerSecond => Instances / Elapsed.TotalSeconds;

    public double StepsPerSecond => Steps / Elapsed.TotalSeconds;

    public double CommitsPerInstance => (double)Commits / Instances;

    public double CommitsPerSecond => Commits / Elapsed.TotalSeconds;
}

namespace EcomErp.Workflows.TestHost;

/// <summary>The system clock moved by a fixed offset, so that a test can start a worker "hours later".</summary>
internal sealed class OffsetTimeProvider(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + offset;
}

namespace EcomErp.Server.Hosting;

/// <summary>
/// Opens once the database is migrated and seeded, so that background work never sees a half-built schema.
/// </summary>
internal sealed class StartupGate
{
    private readonly TaskCompletionSource opened = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Open() => opened.TrySetResult();

    public Task WaitAsync(CancellationToken cancellationToken) => opened.Task.WaitAsync(cancellationToken);
}

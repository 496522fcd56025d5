namespace EcomErp.Commerce.Channels.Intake;

public sealed partial class IntakeRecord
{
    /// <summary>
    /// The statuses of a payload that was dealt with for good, so that a repeat of its event needs nothing more.
    /// Refused, failed and unprocessed payloads are not among them: a channel's retry of those is processed again.
    /// </summary>
    public static IReadOnlyList<IntakeStatus> HandledStatuses { get; } =
    [
        IntakeStatus.Created, IntakeStatus.Updated, IntakeStatus.Unchanged, IntakeStatus.Duplicate,
        IntakeStatus.Stale, IntakeStatus.Parked, IntakeStatus.Applied, IntakeStatus.Cancelled,
        IntakeStatus.ChangeRefused, IntakeStatus.Ignored,
    ];

    /// <summary>Whether the payload was dealt with for good; see <see cref="HandledStatuses"/>.</summary>
    public bool IsHandled => HandledStatuses.Contains(Status);

    /// <summary>Records which order and version the payload turned out to be about.</summary>
    public void Identify(string channelOrderId, DateTimeOffset? channelVersion)
    {
        ChannelOrderId = channelOrderId;
        ChannelVersion = channelVersion?.ToUniversalTime();
    }

    /// <summary>Records what became of the payload.</summary>
    public void Finish(IntakeStatus status, string? reason, Guid? orderId, DateTimeOffset now)
    {
        Status = status;
        Reason = reason;
        OrderId = orderId ?? OrderId;
        ProcessedAt = now.ToUniversalTime();
    }

    /// <summary>Records that the payload was refused, with every problem.</summary>
    public void Refuse(IEnumerable<FieldProblem> problems, string reason, DateTimeOffset now)
    {
        Problems = [.. problems];
        Finish(IntakeStatus.Refused, reason, null, now);
    }
}

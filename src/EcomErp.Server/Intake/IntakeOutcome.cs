using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Channels.Intake;
using EcomErp.Commerce.Orders;

namespace EcomErp.Server.Intake;

/// <summary>What became of a payload a channel sent, with the intake log record that keeps it.</summary>
internal abstract record IntakeOutcome(long IntakeId)
{
    /// <summary>The payload was dealt with; <see cref="Status"/> says how.</summary>
    public sealed record Handled(
        long IntakeId,
        IntakeStatus Status,
        Guid? OrderId,
        Guid? InstanceId,
        OrderStatus? OrderStatus,
        string? Reason,
        Guid? ExceptionInstanceId = null) : IntakeOutcome(IntakeId);

    /// <summary>Nothing was changed; every problem is named with its field.</summary>
    public sealed record Refused(long IntakeId, int Status, string Title, IReadOnlyList<FieldProblem> Problems)
        : IntakeOutcome(IntakeId);

    /// <summary>Processing failed on the server and nothing was changed; the channel should retry.</summary>
    public sealed record Failed(long IntakeId) : IntakeOutcome(IntakeId);
}

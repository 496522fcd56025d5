using EcomErp.Commerce.Orders;

namespace EcomErp.Server.Intake;

/// <summary>What became of a channel's order request.</summary>
internal abstract record IntakeOutcome
{
    /// <summary>The order is stored and its workflow started; <see cref="Created"/> is false for a repeat.</summary>
    public sealed record Accepted(Guid OrderId, Guid InstanceId, OrderStatus Status, bool Created) : IntakeOutcome;

    /// <summary>Nothing was stored; every problem is named with its field.</summary>
    public sealed record Refused(int Status, string Title, IReadOnlyList<(string Field, string Reason)> Problems)
        : IntakeOutcome;
}

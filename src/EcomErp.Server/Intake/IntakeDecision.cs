using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Channels.Intake;

namespace EcomErp.Server.Intake;

/// <summary>What the intake decided to do with a payload, inside its transaction.</summary>
/// <param name="Status">What became of the payload.</param>
/// <param name="OrderId">The order concerned, if there is one.</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="ExceptionInstanceId">The exception workflow started for a person, if any.</param>
/// <param name="Cancels">The order must be cancelled through its workflow once the transaction commits.</param>
/// <param name="Conflict">
/// For a payload refused because its event id was used for another payload: the header and why.
/// </param>
internal sealed record IntakeDecision(
    IntakeStatus Status,
    Guid? OrderId,
    string? Reason,
    Guid? ExceptionInstanceId = null,
    bool Cancels = false,
    FieldProblem? Conflict = null);

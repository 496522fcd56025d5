using EcomErp.Commerce.Channels.Intake;
using EcomErp.Server.Intake;

namespace EcomErp.Server.Api;

/// <summary>
/// How an intake outcome is answered: 201 for a new order, 202 for a parked update, 200 for everything else that
/// was handled (with <c>outcome</c> saying what happened), 400/422 naming every bad field, 500 to be retried.
/// </summary>
internal static class IntakeResponses
{
    public static IResult From(IntakeOutcome outcome) => outcome switch
    {
        IntakeOutcome.Refused refused =>
            ApiProblems.Intake(refused.Status, refused.Title, refused.Problems, refused.IntakeId),
        IntakeOutcome.Failed failed => ApiProblems.IntakeFailed(failed.IntakeId),
        IntakeOutcome.Handled { Status: IntakeStatus.Created } created =>
            Results.Created($"/api/orders/{created.OrderId}", Body(created)),
        IntakeOutcome.Handled { Status: IntakeStatus.Parked } parked => Results.Accepted(value: Body(parked)),
        IntakeOutcome.Handled handled => Results.Ok(Body(handled)),
        _ => throw new InvalidOperationException($"Unknown intake outcome {outcome}."),
    };

    private static object Body(IntakeOutcome.Handled handled) => new
    {
        orderId = handled.OrderId,
        instanceId = handled.InstanceId,
        status = handled.OrderStatus,
        duplicate = handled.Status is IntakeStatus.Unchanged or IntakeStatus.Duplicate,
        outcome = handled.Status,
        reason = handled.Reason,
        intakeId = handled.IntakeId,
        exceptionInstanceId = handled.ExceptionInstanceId,
    };
}

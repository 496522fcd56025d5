using EcomErp.Commerce.Channels;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Server.Intake;

internal sealed partial class OrderIntake
{
    private async Task<IntakeOutcome> FinishAsync(long intakeId, IntakeDecision decision, CancellationToken ct)
    {
        await using (var db = Open())
        {
            var record = await db.IntakeRecords.SingleAsync(r => r.Id == intakeId, ct);
            record.Finish(decision.Status, decision.Reason, decision.OrderId, time.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }

        return await OutcomeAsync(intakeId, decision, ct);
    }

    private async Task<IntakeOutcome> RefuseAsync(
        long intakeId,
        IReadOnlyList<FieldProblem> problems,
        string? channelOrderId,
        CancellationToken ct)
    {
        var malformed = problems.Any(p => p.Field == "$");
        var title = malformed ? "The body is not a readable order." : "The order is not valid.";
        await using var db = Open();
        var record = await db.IntakeRecords.SingleAsync(r => r.Id == intakeId, ct);
        record.Refuse(problems, title, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        if (channelOrderId is null)
        {
            logger.LogInformation("Intake {IntakeId} from channel {ChannelCode} refused with {ProblemCount} problems",
                intakeId, record.ChannelCode, problems.Count);
        }
        else
        {
            logger.LogInformation("Intake {IntakeId} from channel {ChannelCode} for channel order {ChannelOrderId} " +
                "refused with {ProblemCount} problems", intakeId, record.ChannelCode, channelOrderId, problems.Count);
        }

        return new IntakeOutcome.Refused(intakeId,
            malformed ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity, title, problems);
    }

    private async Task<IntakeOutcome> OutcomeAsync(long intakeId, IntakeDecision decision, CancellationToken ct)
    {
        logger.LogInformation("Intake {IntakeId} for order {OrderId}: {IntakeStatus} {Reason}",
            intakeId, decision.OrderId, decision.Status, decision.Reason);
        if (decision.OrderId is not { } orderId)
        {
            return new IntakeOutcome.Handled(intakeId, decision.Status, null, null, null, decision.Reason,
                decision.ExceptionInstanceId);
        }

        await using var db = Open();
        var order = await db.Orders.AsNoTracking().IgnoreAutoIncludes().Where(o => o.Id == orderId)
            .Select(o => new { o.InstanceId, o.Status }).SingleAsync(ct);
        return new IntakeOutcome.Handled(intakeId, decision.Status, orderId, order.InstanceId, order.Status,
            decision.Reason, decision.ExceptionInstanceId);
    }
}

using EcomErp.Commerce.Orders;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Server.Activities.Orders;

/// <summary><c>order.validate</c>: rejects an order that cannot be processed, recording every reason.</summary>
internal sealed class ValidateOrderActivity(TimeProvider time, ILogger<ValidateOrderActivity> logger) : OrderActivity(time)
{
    public const string Name = "order.validate";

    protected override async Task RunAsync(OrderStep step, CancellationToken cancellationToken)
    {
        var skus = step.Order.Lines.Select(l => l.Sku).Distinct().ToList();
        var known = await step.Db.Skus.Where(s => skus.Contains(s.Code)).Select(s => s.Code).ToListAsync(cancellationToken);
        var reasons = OrderValidation.Reasons(step.Order)
            .Concat(OrderValidation.HoldReasons(step.Order, known.ToHashSet(StringComparer.Ordinal))).ToList();
        if (reasons.Count > 0)
        {
            step.Order.MoveTo(OrderStatus.Rejected, reasons, step.Now);
            logger.LogInformation("Order {OrderId} from channel {ChannelCode} rejected: {Reasons}",
                step.Order.Id, step.Order.ChannelCode, reasons);
        }

        step.Output("validation", new
        {
            valid = reasons.Count == 0,
            reasons,
            warnings = step.Order.Warnings.Select(w => $"{w.Field}: {w.Text}"),
        });
    }
}

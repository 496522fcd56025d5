using EcomErp.Commerce.Channels.Skus;
using EcomErp.Commerce.Orders;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Server.Activities.Orders;

/// <summary>
/// <c>order.validate</c>: rejects an order that cannot be processed, and holds for a person an order whose SKUs
/// are not in the catalogue, recording every reason. It first maps the SKUs again through the channel's SKU
/// mappings, so that retrying a held order after a mapping was added lets it go on.
/// </summary>
internal sealed class ValidateOrderActivity(ILogger<ValidateOrderActivity> logger)
    : OrderActivity
{
    public const string Name = "order.validate";

    protected override async Task RunAsync(OrderStep step, CancellationToken cancellationToken)
    {
        var order = step.Order;
        await RemapAsync(step, cancellationToken);
        var reasons = OrderValidation.Reasons(order);
        var held = reasons.Count == 0
            ? OrderValidation.HoldReasons(order, await KnownSkusAsync(step, cancellationToken))
            : [];

        // Validation runs again when a person retries a held order; only this run's findings still stand.
        order.ReplaceReasons(held, step.Now);
        if (reasons.Count > 0)
        {
            order.MoveTo(OrderStatus.Rejected, reasons, step.Now);
            logger.LogInformation("Order {OrderId} from channel {ChannelCode} rejected: {Reasons}",
                order.Id, order.ChannelCode, reasons);
        }
        else if (held.Count > 0 && order.Status != OrderStatus.OnHold)
        {
            order.MoveTo(OrderStatus.OnHold, step.Now);
            logger.LogWarning("Order {OrderId} from channel {ChannelCode} held for unknown SKUs: {Reasons}",
                order.Id, order.ChannelCode, held);
        }

        step.Output("validation", new
        {
            valid = reasons.Count == 0,
            held = held.Count > 0,
            reasons = reasons.Concat(held),
            warnings = order.Warnings.Select(w => $"{w.Field}: {w.Text}"),
        });
    }

    private static async Task RemapAsync(OrderStep step, CancellationToken ct)
    {
        var order = step.Order;
        var mappings = await SkuResolution.LoadAsync(step.Db, order.ChannelCode,
            order.Lines.Select(line => (line.ChannelSku, line.ChannelVariantId)), ct);
        foreach (var line in order.Lines)
        {
            var sku = SkuResolution.Resolve(line.ChannelSku, line.ChannelVariantId, mappings);
            if (sku is not null && sku != line.Sku)
            {
                order.RemapSku(line.LineNo, sku, step.Now);
            }
        }
    }

    private static async Task<IReadOnlySet<string>> KnownSkusAsync(OrderStep step, CancellationToken ct)
    {
        var skus = step.Order.Lines.Select(l => l.Sku).Distinct().ToList();
        var known = await step.Db.Skus.Where(s => skus.Contains(s.Code)).Select(s => s.Code).ToListAsync(ct);
        return known.ToHashSet(StringComparer.Ordinal);
    }
}

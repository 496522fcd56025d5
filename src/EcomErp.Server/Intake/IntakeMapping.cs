using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Channels.Skus;
using EcomErp.Commerce.Orders;
using EcomErp.Commerce.Persistence;

namespace EcomErp.Server.Intake;

/// <summary>
/// Turns a payload into the canonical order the service keeps: the channel's mapper, the channel's SKU mappings,
/// then the checks against the channel and the intake limits. Every problem of every step is reported together.
/// </summary>
internal static class IntakeMapping
{
    /// <summary>
    /// The order, or every problem; the channel's order id whenever it could be read, so that a refusal can be
    /// traced to the order.
    /// </summary>
    public static async Task<(CanonicalOrder? Order, IReadOnlyList<FieldProblem> Problems, string? ChannelOrderId)>
        MapAsync(
        CommerceDbContext db,
        Channel channel,
        ReadOnlyMemory<byte> body,
        IntakeLimits limits,
        CancellationToken ct)
    {
        var mapped = OrderPayloadMappers.For(channel.Format).Map(body);
        if (!mapped.Succeeded)
        {
            return (null, mapped.Problems, mapped.ChannelOrderId);
        }

        var keys = mapped.Order.Lines.Select(line => (line.Sku, line.ChannelVariantId));
        var mappings = await SkuResolution.LoadAsync(db, channel.Code, keys, ct);
        var (resolved, skuProblems) = SkuResolution.Apply(mapped.Order, mappings);
        List<FieldProblem> problems = [.. skuProblems, .. ChannelOrderChecks.Problems(resolved, channel, limits)];
        return (problems.Count > 0 ? null : resolved, problems, resolved.ChannelOrderId);
    }
}

using System.Text.Json.Nodes;
using EcomErp.Commerce.Orders;
using EcomErp.Commerce.Persistence;
using EcomErp.Workflows.Engine;
using EcomErp.Workflows.Messages;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EcomErp.Server.Orders;

/// <summary>
/// Wakes the orders held for stock when stock of one of their SKUs arrives: each gets the message
/// <c>stock.arrived</c>, which takes the lifecycle from its "Resolve stock shortage" task back to reservation,
/// so a receipt fills backorders and releases short orders without anyone retrying them by hand. An order held
/// for another reason is not waiting for the message and is left as it is.
/// </summary>
internal sealed class StockWaiters(NpgsqlDataSource dataSource, WorkflowEngine engine, ILogger<StockWaiters> logger)
{
    public const string Message = "stock.arrived";

    // Orders are woken a batch at a time, oldest first; each wake reserves in its own step, so a large batch
    // only delays the answer to the receipt that caused it.
    private const int MaxOrdersPerWake = 200;

    public async Task WakeAsync(IReadOnlyCollection<string> skus, CancellationToken ct)
    {
        if (skus.Count == 0)
        {
            return;
        }

        foreach (var orderId in await HeldOrdersAsync(skus, ct))
        {
            var result = await engine.PublishMessageAsync(
                new MessagePublication(Message, orderId.ToString(), new JsonObject()), ct);
            if (result.Outcome == CorrelationOutcome.Correlated)
            {
                logger.LogInformation("Order {OrderId} woken by arriving stock", orderId);
            }
        }
    }

    /// <summary>The orders on hold with a line of one of the SKUs, or of a kit made of one.</summary>
    private async Task<List<Guid>> HeldOrdersAsync(IReadOnlyCollection<string> skus, CancellationToken ct)
    {
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(dataSource));
        var kits = await db.KitComponents.Where(c => skus.Contains(c.ComponentSku)).Select(c => c.KitSku)
            .ToListAsync(ct);
        var wanted = skus.Concat(kits).Distinct().ToList();
        return await db.Orders.IgnoreAutoIncludes()
            .Where(o => o.Status == OrderStatus.OnHold && o.Lines.Any(l => wanted.Contains(l.Sku)))
            .OrderBy(o => o.CreatedAt)
            .Select(o => o.Id)
            .Take(MaxOrdersPerWake)
            .ToListAsync(ct);
    }
}

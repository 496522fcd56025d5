using System.Text.Json.Nodes;
using EcomErp.Commerce.Orders;
using EcomErp.Commerce.Persistence;
using EcomErp.Workflows.Queries;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EcomErp.Server.Orders;

/// <summary>
/// Reads an order with everything that happened to it: lines and totals, stock held, the decisions of the rule
/// sets with the rules that fired, shipments, invoices and journal entries, and its workflow with its journal.
/// </summary>
internal sealed class OrderQueries(NpgsqlDataSource dataSource, WorkflowQueries workflows)
{
    public async Task<object?> OrderAsync(Guid id, CancellationToken ct)
    {
        await using var db = Open();
        var order = await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct);
        if (order is null)
        {
            return null;
        }

        var reservations = await db.Reservations.AsNoTracking().Where(r => r.OrderId == id).OrderBy(r => r.LineNo)
            .Select(r => new { r.LineNo, r.Sku, r.Quantity, node = r.NodeCode, r.Status }).ToListAsync(ct);
        var decisions = await db.OrderDecisions.AsNoTracking().Where(d => d.OrderId == id).OrderBy(d => d.Id)
            .ToListAsync(ct);
        var shipments = await db.Shipments.AsNoTracking().Where(s => s.OrderId == id).OrderBy(s => s.ShippedAt)
            .ToListAsync(ct);
        var invoices = await db.Invoices.AsNoTracking().Where(i => i.OrderId == id).ToListAsync(ct);
        var entries = await db.JournalEntries.AsNoTracking().Include(e => e.Lines).Where(e => e.OrderId == id)
            .OrderBy(e => e.PostedAt).ToListAsync(ct);
        var workflow = order.InstanceId is { } instanceId ? await workflows.InstanceAsync(instanceId, ct) : null;
        return new
        {
            order.Id,
            channel = order.ChannelCode,
            order.ChannelOrderId,
            order.OrderName,
            order.Status,
            order.ValidationReasons,
            warnings = order.Warnings,
            order.Currency,
            order.PresentmentCurrency,
            order.PresentmentTotal,
            order.PlacedAt,
            order.ChannelUpdatedAt,
            order.CancelledAt,
            order.CancelReason,
            order.IsTest,
            customer = new { email = order.CustomerEmail, name = order.CustomerName, phone = order.CustomerPhone },
            order.BillingAddress,
            order.ShippingAddress,
            totals = Totals(order),
            lines = order.Lines.OrderBy(l => l.LineNo).Select(Line),
            shippingLines = order.ShippingLines.OrderBy(s => s.LineNo).Select(Charge),
            tenders = order.Tenders.Select(t => new { t.Kind, amount = t.Amount.Amount, t.Reference }),
            reservations,
            decisions = decisions.Select(d =>
                new { d.Kind, outcome = JsonNode.Parse(d.Outcome), d.RulesFired, d.DecidedAt }),
            shipments = shipments.Select(s => new { s.NodeCode, s.Carrier, s.TrackingNumber, s.Lines, s.ShippedAt }),
            invoices = invoices.Select(i => new { i.Number, i.Total, i.TaxTotal, i.Currency, i.IssuedAt }),
            journal = entries.Select(Entry),
            workflow,
        };
    }

    /// <summary>The channel an order belongs to, or null when there is no such order.</summary>
    public async Task<string?> ChannelOfAsync(Guid id, CancellationToken ct)
    {
        await using var db = Open();
        return await db.Orders.AsNoTracking().IgnoreAutoIncludes().Where(o => o.Id == id)
            .Select(o => o.ChannelCode).SingleOrDefaultAsync(ct);
    }

    /// <summary>The order whose lifecycle instance <paramref name="instanceId"/> is, if any.</summary>
    public async Task<Guid?> OrderRunByAsync(Guid instanceId, CancellationToken ct)
    {
        await using var db = Open();
        return await db.Orders.AsNoTracking().IgnoreAutoIncludes()
            .Where(o => o.InstanceId == instanceId)
            .Select(o => (Guid?)o.Id)
            .SingleOrDefaultAsync(ct);
    }

    public async Task<object> OrdersAsync(string? channel, OrderStatus? status, int limit, CancellationToken ct)
    {
        await using var db = Open();
        var query = db.Orders.AsNoTracking().IgnoreAutoIncludes();
        query = channel is null ? query : query.Where(o => o.ChannelCode == channel);
        query = status is null ? query : query.Where(o => o.Status == status);
        return await query.OrderByDescending(o => o.CreatedAt).Take(limit)
            .Select(o => new { o.Id, channel = o.ChannelCode, o.ChannelOrderId, o.OrderName, o.Status, o.Total,
                o.Currency, o.PlacedAt, o.InstanceId })
            .ToListAsync(ct);
    }

    private static object Totals(Order order) => new
    {
        order.LinesGross,
        discounts = order.DiscountTotal,
        shipping = order.ShippingTotal,
        shippingDiscounts = order.ShippingDiscountTotal,
        tax = order.TaxTotal,
        marketplaceTax = order.MarketplaceTaxTotal,
        order.Total,
        giftCardTendered = order.GiftCardTendered,
        claimedSubtotal = order.ClaimedSubtotal,
        claimedTotal = order.ClaimedTotal,
    };

    private static object Line(OrderLine line) => new
    {
        line.LineNo,
        line.Sku,
        line.ChannelSku,
        variantId = line.ChannelVariantId,
        line.Name,
        line.Quantity,
        line.UnitPrice,
        line.Gross,
        discount = line.DiscountTotal,
        tax = line.TaxTotal,
        line.Net,
        giftCard = line.IsGiftCard,
        taxes = Taxes(line.Taxes),
        discounts = line.Discounts.Select(d => new { amount = d.Amount.Amount, d.Source }),
    };

    private static object Charge(OrderShippingLine charge) => new
    {
        charge.Kind,
        charge.Title,
        charge.Code,
        charge.Price,
        discount = charge.DiscountTotal,
        tax = charge.TaxTotal,
        taxes = Taxes(charge.Taxes),
    };

    private static IEnumerable<object> Taxes(IEnumerable<TaxLine> taxes) =>
        taxes.Select(t => new { t.Title, t.Rate, amount = t.Amount.Amount, t.CollectedByMarketplace });

    private static object Entry(Commerce.Finance.JournalEntry entry) => new
    {
        entry.Id,
        entry.Reference,
        entry.Description,
        entry.Currency,
        entry.PostedAt,
        balanced = entry.IsBalanced,
        totalDebit = entry.TotalDebit,
        totalCredit = entry.TotalCredit,
        lines = entry.Lines.OrderBy(l => l.LineNo)
            .Select(l => new { account = l.AccountCode, l.Debit, l.Credit, l.Memo }),
    };

    private CommerceDbContext Open() => new(CommerceDatabase.CreateOptions(dataSource));
}

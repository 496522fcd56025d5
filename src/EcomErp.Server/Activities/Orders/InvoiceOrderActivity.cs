using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Finance;
using EcomErp.Commerce.Orders;
using EcomErp.Rules;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Server.Activities.Orders;

/// <summary>
/// <c>order.invoice</c>: issues the invoice and posts its balanced journal entry, with the accounts the posting
/// rules choose for the channel and for what its payload format says about tax, then completes the order.
/// </summary>
internal sealed class InvoiceOrderActivity(RuleSets rules, ILogger<InvoiceOrderActivity> logger)
    : OrderActivity
{
    public const string Name = "order.invoice";

    protected override async Task RunAsync(OrderStep step, CancellationToken cancellationToken)
    {
        var order = step.Order;
        var format = await step.Db.Channels.AsNoTracking().Where(c => c.Code == order.ChannelCode)
            .Select(c => (PayloadFormat?)c.Format).SingleOrDefaultAsync(cancellationToken);
        var treatment = rules.TreatPosting(order.ChannelCode, format?.SaysWhoCollectsTax() == true);
        var number = await InvoiceNumbers.NextAsync(step.Db, cancellationToken);
        var posted = InvoicePosting.Post(order, number, step.Now, treatment.Result);
        step.Db.AddRange(posted.Invoice, posted.Entry);
        order.MoveTo(OrderStatus.Invoiced, step.Now);
        order.MoveTo(OrderStatus.Completed, step.Now);
        logger.LogInformation("Order {OrderId} invoiced as {InvoiceNumber} for {Total} {Currency}",
            order.Id, number, order.Total, order.Currency);
        step.Output("invoice", new
        {
            number,
            total = order.Total,
            currency = order.Currency,
            journalEntryId = posted.Entry.Id,
        });
    }
}

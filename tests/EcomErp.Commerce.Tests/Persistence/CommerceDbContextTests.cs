using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Finance;
using EcomErp.Commerce.Monetary;
using EcomErp.Commerce.Orders;
using EcomErp.Commerce.Persistence;
using EcomErp.Commerce.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EcomErp.Commerce.Tests.Persistence;

public sealed class CommerceDbContextTests : DatabaseTest
{
    [Fact]
    public async Task SaveChanges_ShopifyOrder_RoundTripsLinesTaxesAndWarnings()
    {
        var order = Samples.Receive(Samples.ShopifyOpen, PayloadFormat.Shopify, "shopify", Clock.GetUtcNow());
        await SaveAsync(order);

        await using var db = NewContext();
        var loaded = await db.Orders.SingleAsync(saved => saved.ChannelOrderId == "5820394710238");
        Assert.Equal(429.25m, loaded.Total);
        Assert.Equal(5, loaded.Lines.Count);
        Assert.Equal(new Money(5.14m, "USD"), loaded.Lines.Single(line => line.LineNo == 1).Taxes[0].Amount);
        Assert.Equal(4.34m, loaded.Lines.Single(line => line.LineNo == 1).Discounts[0].Amount.Amount);
        Assert.Equal("KY", loaded.ShippingAddress?.Region);
        Assert.Equal(["returning-customer"], loaded.Tags);
    }

    [Fact]
    public async Task SaveChanges_WarningsAndTotals_AreQueryable()
    {
        var docs = Samples.Receive(Samples.ShopifyDocs, PayloadFormat.Shopify, "shopify", Clock.GetUtcNow());
        await SaveAsync(docs);

        await using var db = NewContext();
        var expensive = await db.Orders.Where(order => order.Total > 400m)
            .Select(order => order.Warnings).SingleAsync();
        Assert.Contains(expensive, warning => warning.Field == "subtotal_price");
    }

    [Fact]
    public async Task SaveChanges_SameChannelOrderTwice_IsRefusedByTheUniqueIndex()
    {
        await SaveAsync(Samples.Receive(Samples.Canonical, PayloadFormat.Canonical, "webstore", Clock.GetUtcNow()));

        var duplicate = Samples.Receive(Samples.Canonical, PayloadFormat.Canonical, "webstore", Clock.GetUtcNow());
        var exception = await Assert.ThrowsAsync<DbUpdateException>(() => SaveAsync(duplicate));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, (exception.InnerException as PostgresException)?.SqlState);
    }

    [Fact]
    public async Task SaveChanges_UnbalancedJournalEntry_IsRefused()
    {
        var entry = JournalEntry.Start("MANUAL-1", null, "a typo", "USD", Clock.GetUtcNow())
            .Debit(ChartOfAccounts.AccountsReceivable, 10.00m)
            .Credit(ChartOfAccounts.SalesRevenue, 9.99m);
        await using var db = NewContext();
        db.JournalEntries.Add(entry);

        await Assert.ThrowsAsync<UnbalancedJournalEntryException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task SaveChanges_PostedInvoice_StoresBalancedEntryAndNumber()
    {
        var order = Samples.Receive(Samples.Canonical, PayloadFormat.Canonical, "webstore", Clock.GetUtcNow());
        await SaveAsync(order);

        await using (var db = NewContext())
        {
            var posted = InvoicePosting.Post(order, await InvoiceNumbers.NextAsync(db), Clock.GetUtcNow());
            db.AddRange(posted.Entry, posted.Invoice);
            await db.SaveChangesAsync();
        }

        await using var check = NewContext();
        var invoice = await check.Invoices.SingleAsync();
        var lines = await check.JournalEntries.SelectMany(entry => entry.Lines).ToListAsync();
        Assert.Equal("INV-000001", invoice.Number);
        Assert.Equal(lines.Sum(line => line.Debit), lines.Sum(line => line.Credit));
        Assert.Equal(156.66m, lines.Single(line => line.AccountCode == ChartOfAccounts.AccountsReceivable).Debit);
    }

    [Fact]
    public async Task OpenAsync_SharedTransactionRolledBack_LeavesNothing()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using var db = await CommerceDatabase.OpenAsync(connection, transaction);
            db.Orders.Add(Samples.Receive(Samples.Canonical, PayloadFormat.Canonical, "webstore", Clock.GetUtcNow()));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await using var check = NewContext();
        Assert.Empty(await check.Orders.ToListAsync());
    }

    private async Task SaveAsync(Order order)
    {
        await using var db = NewContext();
        db.Orders.Add(order);
        await db.SaveChangesAsync();
    }
}

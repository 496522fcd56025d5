using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Finance;
using EcomErp.Commerce.Tests.Support;

namespace EcomErp.Commerce.Tests.Finance;

public sealed class InvoicePostingTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 8, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(Samples.ShopifyDocs, PayloadFormat.Shopify, 404.95)]
    [InlineData(Samples.ShopifyOpen, PayloadFormat.Shopify, 429.25)]
    [InlineData(Samples.Canonical, PayloadFormat.Canonical, 156.66)]
    [InlineData(Samples.CanonicalFraud, PayloadFormat.Canonical, 1201.00)]
    public void Post_Sample_BalancesAndReceivableEqualsTheOrderTotal(string sample, PayloadFormat format, double total)
    {
        var order = Samples.Receive(sample, format, "test", Now);

        var posted = InvoicePosting.Post(order, "INV-1", Now);

        Assert.True(posted.Entry.IsBalanced);
        Assert.Equal(posted.Entry.TotalDebit, posted.Entry.TotalCredit);
        Assert.Equal((decimal)total, Amount(posted.Entry, ChartOfAccounts.AccountsReceivable).Debit);
        Assert.Equal(order.Total, posted.Invoice.Total);
    }

    [Fact]
    public void Post_CanonicalSample_BooksEachPartToItsAccount()
    {
        var order = Samples.Receive(Samples.Canonical, PayloadFormat.Canonical, "webstore", Now);

        var entry = InvoicePosting.Post(order, "INV-2", Now).Entry;

        Assert.Equal(4.80m, Amount(entry, ChartOfAccounts.SalesDiscounts).Debit);
        Assert.Equal(98.00m, Amount(entry, ChartOfAccounts.SalesRevenue).Credit);
        Assert.Equal(50.00m, Amount(entry, ChartOfAccounts.GiftCardLiability).Credit);
        Assert.Equal(6.95m, Amount(entry, ChartOfAccounts.ShippingRevenue).Credit);
        Assert.Equal(6.51m, Amount(entry, ChartOfAccounts.SalesTaxPayable).Credit);
    }

    [Fact]
    public void Post_MarketplaceTreatment_CreditsTaxToClearing()
    {
        var order = Samples.Receive(Samples.ShopifyOpen, PayloadFormat.Shopify, "shopify", Now);
        var treatment = PostingTreatment.Standard with { TaxAccount = ChartOfAccounts.MarketplaceTaxClearing };

        var entry = InvoicePosting.Post(order, "INV-3", Now, treatment).Entry;

        Assert.Equal(24.30m, Amount(entry, ChartOfAccounts.MarketplaceTaxClearing).Credit);
        Assert.DoesNotContain(entry.Lines, line => line.AccountCode == ChartOfAccounts.SalesTaxPayable);
    }

    [Fact]
    public void Post_AmazonEnvelope_BooksMarketplaceTaxApartAndTheGiftCardAsRedeemed()
    {
        var order = Samples.Receive(Samples.AmazonEnvelope, PayloadFormat.Amazon, "amazon-direct", Now);

        var entry = InvoicePosting.Post(order, "INV-4", Now).Entry;

        Assert.True(entry.IsBalanced);
        Assert.Equal(28.97m, Amount(entry, ChartOfAccounts.AccountsReceivable).Debit);
        Assert.Equal(20.00m, Assert.Single(entry.Lines, line => line.AccountCode == ChartOfAccounts.GiftCardLiability
            && line.Debit > 0).Debit);
        Assert.Equal(3.00m, Amount(entry, ChartOfAccounts.SalesDiscounts).Debit);
        Assert.Equal(1.76m, Amount(entry, ChartOfAccounts.MarketplaceTaxClearing).Credit);
        Assert.Equal(1.02m, Amount(entry, ChartOfAccounts.SalesTaxPayable).Credit);
        Assert.Equal(3.26m, Amount(entry, ChartOfAccounts.ShippingRevenue).Credit);
        Assert.Equal([43.94m, 1.99m], entry.Lines.Where(line => line.AccountCode == ChartOfAccounts.SalesRevenue)
            .Select(line => line.Credit));
    }

    [Fact]
    public void Post_BigCommerceEnvelope_ReceivableIsWhatTheGiftCertificateLeft()
    {
        var order = Samples.Receive(Samples.BigCommerceEnvelope, PayloadFormat.BigCommerce, "bigcommerce", Now);

        var entry = InvoicePosting.Post(order, "INV-5", Now).Entry;

        Assert.True(entry.IsBalanced);
        Assert.Equal(45.88m, Amount(entry, ChartOfAccounts.AccountsReceivable).Debit);
        Assert.Equal(25.00m, Amount(entry, ChartOfAccounts.GiftCardLiability).Debit);
        Assert.Equal(5.39m, Amount(entry, ChartOfAccounts.SalesTaxPayable).Credit);
        Assert.Equal(70.88m, order.Total);
    }

    private static JournalLine Amount(JournalEntry entry, string account) =>
        Assert.Single(entry.Lines, line => line.AccountCode == account);
}

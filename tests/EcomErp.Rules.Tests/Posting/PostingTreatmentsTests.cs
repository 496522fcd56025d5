using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Finance;
using EcomErp.Rules.Tests.Support;

namespace EcomErp.Rules.Tests.Posting;

public sealed class PostingTreatmentsTests
{
    [Fact]
    public void TreatPosting_MerchantChannel_IsTheStandardTreatment()
    {
        var decision = CompiledRules.Rules.TreatPosting("webstore");

        Assert.Equal(PostingTreatment.Standard, decision.Result);
        Assert.Equal(["Posting.GiftCardsToLiability", "Posting.MerchantCollectedTax", "Posting.StandardSale"],
            decision.RulesFired.Order());
    }

    [Fact]
    public void TreatPosting_MarketplaceChannel_SendsTaxToClearing()
    {
        var decision = CompiledRules.Rules.TreatPosting("amazon");

        Assert.Equal(ChartOfAccounts.MarketplaceTaxClearing, decision.Result.TaxAccount);
        Assert.Contains("Posting.MarketplaceCollectedTax", decision.RulesFired);
        Assert.DoesNotContain("Posting.MerchantCollectedTax", decision.RulesFired);
    }

    [Fact]
    public void TreatPosting_MarketplaceChannelWhosePayloadSaysWhoCollects_LeavesTheSellersTaxPayable()
    {
        var decision = CompiledRules.Rules.TreatPosting("amazon", payloadSaysWhoCollectsTax: true);

        Assert.Equal(ChartOfAccounts.SalesTaxPayable, decision.Result.TaxAccount);
        Assert.Equal(ChartOfAccounts.MarketplaceTaxClearing, decision.Result.MarketplaceTaxAccount);
        Assert.Contains("Posting.MerchantCollectedTax", decision.RulesFired);
        Assert.DoesNotContain("Posting.MarketplaceCollectedTax", decision.RulesFired);
    }

    [Fact]
    public void TreatPosting_MerchantChannel_StillSendsMarketplaceCollectedTaxToClearing()
    {
        var decision = CompiledRules.Rules.TreatPosting("amazon-direct");

        Assert.Equal(ChartOfAccounts.SalesTaxPayable, decision.Result.TaxAccount);
        Assert.Equal(ChartOfAccounts.MarketplaceTaxClearing, decision.Result.MarketplaceTaxAccount);
    }

    [Fact]
    public void TreatPosting_AmazonEnvelopeOnAMerchantChannel_SplitsTheTaxAndBalances()
    {
        var order = CompiledRules.ReceiveSample("samples/amazon/order-envelope.json", PayloadFormat.Amazon,
            "amazon-direct");
        var treatment = CompiledRules.Rules.TreatPosting(order.ChannelCode).Result;

        var entry = InvoicePosting.Post(order, "INV-T2", CompiledRules.Now, treatment).Entry;

        Assert.True(entry.IsBalanced);
        Assert.Equal(1.76m, Assert.Single(entry.Lines, l => l.AccountCode == ChartOfAccounts.MarketplaceTaxClearing)
            .Credit);
        Assert.Equal(1.02m, Assert.Single(entry.Lines, l => l.AccountCode == ChartOfAccounts.SalesTaxPayable).Credit);
    }

    [Fact]
    public void TreatPosting_UsedForAnInvoice_GiftCardGoesToLiabilityAndEntryBalances()
    {
        var order = CompiledRules.ReceiveSample("samples/canonical/order.json", PayloadFormat.Canonical, "webstore");
        var treatment = CompiledRules.Rules.TreatPosting(order.ChannelCode).Result;

        var entry = InvoicePosting.Post(order, "INV-T1", CompiledRules.Now, treatment).Entry;

        Assert.True(entry.IsBalanced);
        Assert.Equal(50.00m, Assert.Single(entry.Lines, line => line.AccountCode == treatment.GiftCardAccount).Credit);
    }
}

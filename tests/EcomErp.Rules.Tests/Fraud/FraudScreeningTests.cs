using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Monetary;
using EcomErp.Commerce.Orders;
using EcomErp.Rules.Tests.Support;

namespace EcomErp.Rules.Tests.Fraud;

public sealed class FraudScreeningTests
{
    [Fact]
    public void AssessFraud_FraudSample_RequiresReviewAndNamesTheRules()
    {
        var order = CompiledRules.ReceiveSample("samples/canonical/order-fraud-review.json", PayloadFormat.Canonical,
            "webstore");

        var decision = CompiledRules.Rules.AssessFraud(order);

        Assert.True(decision.Result.ReviewRequired);
        Assert.Equal(70, decision.Result.Score);
        Assert.Equal(["Fraud.CountryMismatch", "Fraud.HighOrderValue"], decision.RulesFired.SkipLast(1).Order());
        Assert.Equal("Fraud.ReviewScoreReached", decision.RulesFired[^1]);
        Assert.Contains(decision.Result.Reasons, reason => reason.Contains("1201.00 USD", StringComparison.Ordinal));
        Assert.Contains(decision.Result.Reasons, reason => reason.Contains("ships to CA", StringComparison.Ordinal));
    }

    [Fact]
    public void AssessFraud_OpenShopifySample_PassesWithoutAnyRuleFiring()
    {
        var order = CompiledRules.ReceiveSample("samples/shopify/orders-create.open.json", PayloadFormat.Shopify,
            "shopify");

        var decision = CompiledRules.Rules.AssessFraud(order);

        Assert.False(decision.Result.ReviewRequired);
        Assert.Equal(0, decision.Result.Score);
        Assert.Empty(decision.Result.Reasons);
        Assert.Empty(decision.RulesFired);
    }

    [Fact]
    public void AssessFraud_OneSignalBelowTheReviewScore_PassesButRecordsTheSignal()
    {
        var order = OrderWith(quantity: 1, email: "pat@example.com", shipTo: "MX");

        var decision = CompiledRules.Rules.AssessFraud(order);

        Assert.False(decision.Result.ReviewRequired);
        Assert.Equal(30, decision.Result.Score);
        Assert.Equal(["Fraud.CountryMismatch"], decision.RulesFired);
    }

    [Fact]
    public void AssessFraud_ThrowawayMailboxAndBulkQuantity_RequiresReview()
    {
        var order = OrderWith(quantity: 12, email: "pat@Mailinator.com", shipTo: "US");

        var decision = CompiledRules.Rules.AssessFraud(order);

        Assert.True(decision.Result.ReviewRequired);
        Assert.Equal(60, decision.Result.Score);
        Assert.Equal(["Fraud.BulkQuantity", "Fraud.ReviewScoreReached", "Fraud.RiskyEmailDomain"],
            decision.RulesFired.Order());
    }

    [Fact]
    public void AssessFraud_LowerThresholdInParameters_TripsWithoutRecompilingRules()
    {
        var parameters = CompiledRules.Rules.Parameters;
        var strict = RuleSets.Compile(parameters with
        {
            Fraud = parameters.Fraud with
            {
                ReviewScore = 40,
                ReviewThresholds = new Dictionary<string, decimal> { ["USD"] = 10m },
            },
        });

        var decision = strict.AssessFraud(OrderWith(quantity: 1, email: "pat@example.com", shipTo: "US"));

        Assert.True(decision.Result.ReviewRequired);
        Assert.Equal(["Fraud.HighOrderValue", "Fraud.ReviewScoreReached"], decision.RulesFired);
    }

    private static Order OrderWith(int quantity, string email, string shipTo)
    {
        var address = new PostalAddress("Pat", null, "1 Main St", null, "Austin", "TX", "78701", "US", null);
        var canonical = new CanonicalOrder
        {
            ChannelOrderId = "T-" + Guid.NewGuid().ToString("N"),
            OrderName = "T",
            PlacedAt = CompiledRules.Now,
            Currency = "USD",
            PresentmentCurrency = "USD",
            Customer = new CustomerContact(email, "Pat", null),
            BillingAddress = address,
            ShippingAddress = address with { CountryCode = shipTo },
            Lines = [new CanonicalOrderLine
            {
                LineNo = 1, Sku = "WS-MUG-STONE", Name = "Mug", Quantity = quantity,
                UnitPrice = new Money(12.50m, "USD"),
            }],
        };
        return Order.Receive("webstore", canonical, CompiledRules.Now);
    }
}

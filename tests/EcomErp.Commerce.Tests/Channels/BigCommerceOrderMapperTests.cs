using System.Text;
using System.Text.Json.Nodes;
using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Channels.BigCommerce;
using EcomErp.Commerce.Orders;
using EcomErp.Commerce.Tests.Support;

namespace EcomErp.Commerce.Tests.Channels;

public sealed class BigCommerceOrderMapperTests
{
    private static readonly BigCommerceOrderMapper Mapper = new();

    private static readonly Channel Store = new("bigcommerce", "BigCommerce store", PayloadFormat.BigCommerce, "USD");

    [Fact]
    public void Map_DocsExamplesInOneEnvelope_RefusesProductsOfAnotherOrder()
    {
        var result = Mapper.Map(DocsEnvelope(alignOrderIds: false));

        Assert.Equal(["products[0].order_id", "products[1].order_id"],
            result.Problems.Select(problem => problem.Field));
        Assert.All(result.Problems, problem => Assert.Contains("is 149, but the order is 218", problem.Reason,
            StringComparison.Ordinal));
    }

    [Fact]
    public void Map_DocsExamplesAligned_KeepsEveryAmountAsGiven()
    {
        var result = Mapper.Map(DocsEnvelope(alignOrderIds: true));

        var order = Assert.IsType<CanonicalOrder>(result.Order);
        Assert.Equal(
            [
                (1, "S-ORAN", "77", 1, 55.99m, 1.59m, 9.24m, true),
                (2, "ABS", "86", 1, 0m, 0m, 0m, true),
            ],
            order.Lines.Select(line => (line.LineNo, line.Sku, line.ChannelVariantId, line.Quantity,
                line.Gross.Amount, line.DiscountTotal.Amount, line.TaxTotal.Amount, line.RequiresShipping)));
        Assert.Equal("Manual Discount", order.Lines[0].Discounts.Single().Source);
        Assert.Equal(
            [
                (ChargeKind.Shipping, "Shipping", 11.09m, 0.91m),
                (ChargeKind.Fee, "A Fee", 12.30m, 0m),
                (ChargeKind.Fee, "B Fee", 4.00m, 8.00m),
            ],
            order.ShippingLines.Select(charge => (charge.Kind, charge.Title, charge.Price.Amount,
                charge.TaxTotal.Amount)));
        Assert.Equal((55.99m, 1.59m, 27.39m, 18.15m, 99.94m, 69.84m), (order.LinesGross.Amount,
            order.LineDiscounts.Amount, order.ShippingTotal.Amount, order.TaxTotal.Amount, order.Total.Amount,
            order.ClaimedTotals!.Total!.Value.Amount));
        Assert.Contains(order.Warnings, warning => warning.Field == "order.discount_amount");
        Assert.Equal(new DateTimeOffset(2019, 3, 11, 15, 17, 25, TimeSpan.Zero), order.UpdatedAt);
    }

    [Fact]
    public void ChannelChecks_DocsExamplesAligned_RefuseTheTotalThatTheAmountsDoNotMake()
    {
        var order = Mapper.Map(DocsEnvelope(alignOrderIds: true)).Order!;

        var problems = ChannelOrderChecks.Problems(order, Store, new IntakeLimits());

        var problem = Assert.Single(problems);
        Assert.Equal("order.total_inc_tax", problem.Field);
        Assert.Contains("99.94", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_Envelope_KeepsTheGiftCertificateAsATender()
    {
        var order = Samples.Map(Samples.BigCommerceEnvelope, PayloadFormat.BigCommerce);

        Assert.Equal([(TenderKind.GiftCard, 25.00m)], order.Tenders.Select(t => (t.Kind, t.Amount.Amount)));
        Assert.Equal((55.99m, 1.59m, 11.09m, 5.39m, 70.88m), (order.LinesGross.Amount, order.LineDiscounts.Amount,
            order.ShippingTotal.Amount, order.TaxTotal.Amount, order.Total.Amount));
        Assert.Equal(order.Total, order.ClaimedTotals?.Total);
        Assert.Empty(ChannelOrderChecks.Problems(order, Store, new IntakeLimits()));
        Assert.Equal(("218", "USD", "USD", "captured"), (order.ChannelOrderId, order.Currency,
            order.PresentmentCurrency, order.FinancialStatus));
        Assert.Equal(("Jane Doe", "555 East Street", "Texas", "US"), (order.ShippingAddress?.Name,
            order.ShippingAddress?.Line1, order.ShippingAddress?.Region, order.ShippingAddress?.CountryCode));
        Assert.Equal("janedoe@example.com", order.Customer.Email);
        Assert.Empty(order.Warnings);
    }

    [Fact]
    public void Map_OrderDiscountOnNoProduct_IsSpreadToTheCent()
    {
        var envelope = JsonNode.Parse(Samples.Text(Samples.BigCommerceEnvelope))!;
        envelope["products"]![0]!["applied_discounts"] = new JsonArray();
        envelope["products"]![1]!["price_ex_tax"] = "10.0000";
        envelope["products"]![1]!["total_ex_tax"] = "10.0000";
        envelope["order"]!["coupon_discount"] = "1.0000";

        var order = Mapper.Map(Encoding.UTF8.GetBytes(envelope.ToJsonString())).Order!;

        Assert.Equal([2.20m, 0.39m], order.Lines.Select(line => line.DiscountTotal.Amount));
        Assert.Contains(order.Warnings, warning => warning.Field == "order.discount_amount");
    }

    private static byte[] DocsEnvelope(bool alignOrderIds)
    {
        var products = JsonNode.Parse(Samples.Text(Samples.BigCommerceProductsDocs))!.AsArray();
        foreach (var product in products.Where(_ => alignOrderIds))
        {
            product!["order_id"] = 218;
        }

        var envelope = new JsonObject
        {
            ["order"] = JsonNode.Parse(Samples.Text(Samples.BigCommerceOrderDocs)),
            ["products"] = products,
        };
        return Encoding.UTF8.GetBytes(envelope.ToJsonString());
    }
}

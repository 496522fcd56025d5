using System.Text;
using System.Text.Json.Nodes;
using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Channels.Amazon;
using EcomErp.Commerce.Orders;
using EcomErp.Commerce.Tests.Support;

namespace EcomErp.Commerce.Tests.Channels;

public sealed class AmazonOrderMapperTests
{
    private const string Items = "orderItems[0].payload";

    private static readonly AmazonOrderMapper Mapper = new();

    [Fact]
    public void Map_DocsExamplesInOneEnvelope_NamesEveryInconsistency()
    {
        var envelope = new JsonObject
        {
            ["order"] = JsonNode.Parse(Samples.Text(Samples.AmazonGetOrderDocs)),
            ["orderItems"] = new JsonArray(JsonNode.Parse(Samples.Text(Samples.AmazonGetOrderItemsDocs))),
        };

        var result = Mapper.Map(Encoding.UTF8.GetBytes(envelope.ToJsonString()));

        Assert.Equal(
            [
                $"{Items}.AmazonOrderId", $"{Items}.NextToken", $"{Items}.OrderItems[0].ItemPrice.Amount",
                $"{Items}.OrderItems[1].ItemPrice.Amount", $"{Items}.OrderItems[0].ShippingPrice.Amount",
                $"{Items}.OrderItems[0].BuyerInfo.GiftWrapPrice.CurrencyCode",
                $"{Items}.OrderItems[1].BuyerInfo.GiftWrapPrice.Amount",
            ],
            result.Problems.Select(problem => problem.Field));
        Assert.Contains("903-1671087-0812628", result.Problems[0].Reason, StringComparison.Ordinal);
        Assert.Contains("smallest unit of JPY", result.Problems[2].Reason, StringComparison.Ordinal);
        Assert.Contains("GBP", result.Problems[5].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_Envelope_KeepsItemsAsLinesWithTheirDiscountsAndTaxes()
    {
        var order = Samples.Map(Samples.AmazonEnvelope, PayloadFormat.Amazon);

        Assert.Equal(
            [
                (1, "68828574383266", "CBA_OTF_1", "BT0093TELA", 1, 25.99m, 25.99m, 0m, 1.56m),
                (2, "79039765272157", "CBA_OTF_5", "BCTU1104UEFB", 2, 8.975m, 17.95m, 1.00m, 1.02m),
            ],
            order.Lines.Select(line => (line.LineNo, line.ChannelLineId, line.Sku, line.ChannelVariantId,
                line.Quantity, line.UnitPrice.Amount, line.Gross.Amount, line.DiscountTotal.Amount,
                line.TaxTotal.Amount)));
        Assert.Equal([("Item tax", 1.56m, true)], Taxes(order.Lines[0].Taxes));
        Assert.Equal([("Item tax", 1.08m, false), ("Tax on the promotion discount", -0.06m, false)],
            Taxes(order.Lines[1].Taxes));
        Assert.Equal("FREESHIP", order.Lines[1].Discounts.Single().Source);
    }

    [Fact]
    public void Map_Envelope_KeepsEachItemsChargesAndTheTotals()
    {
        var order = Samples.Map(Samples.AmazonEnvelope, PayloadFormat.Amazon);

        Assert.Equal(
            [
                (ChargeKind.Shipping, "Standard", 1.26m, 0m, 0.08m),
                (ChargeKind.GiftWrap, "Classic", 1.99m, 0m, 0.12m),
                (ChargeKind.Shipping, "Standard", 2.00m, 2.00m, 0m),
            ],
            order.ShippingLines.Select(charge => (charge.Kind, charge.Code, charge.Price.Amount,
                charge.DiscountTotal.Amount, charge.TaxTotal.Amount)));
        Assert.Equal((43.94m, 1.00m, 5.25m, 2.00m, 2.78m, 1.76m, 48.97m), (order.LinesGross.Amount,
            order.LineDiscounts.Amount, order.ShippingTotal.Amount, order.ShippingDiscounts.Amount,
            order.TaxTotal.Amount, order.MarketplaceTaxTotal.Amount, order.Total.Amount));
        Assert.Equal(order.Total, order.ClaimedTotals?.Total);
    }

    [Fact]
    public void Map_Envelope_KeepsTheGiftCardAsATenderNotADiscount()
    {
        var order = Samples.Map(Samples.AmazonEnvelope, PayloadFormat.Amazon);

        Assert.Equal([(TenderKind.GiftCard, 20.00m, "GC"), (TenderKind.Other, 28.97m, "CreditCard")],
            order.Tenders.Select(tender => (tender.Kind, tender.Amount.Amount, tender.Reference)));
        Assert.Equal(20.00m, order.GiftCardTendered.Amount);
        Assert.DoesNotContain(order.Lines, line => line.Discounts.Any(d => d.Amount.Amount == 20.00m));
        Assert.Equal(("902-3159896-1390916", "USD", "Unshipped"), (order.ChannelOrderId, order.Currency,
            order.FinancialStatus));
        Assert.Equal(new DateTimeOffset(2017, 1, 20, 19, 55, 2, TimeSpan.Zero), order.UpdatedAt);
        Assert.Equal(("user@example.com", "John Doe", "Canton", "MI"), (order.Customer.Email, order.Customer.Name,
            order.ShippingAddress?.City, order.ShippingAddress?.Region));
    }

    [Fact]
    public void Map_CanceledOrder_CancelsAtTheLastUpdate()
    {
        var envelope = JsonNode.Parse(Samples.Text(Samples.AmazonEnvelope))!;
        envelope["order"]!["payload"]!["OrderStatus"] = "Canceled";

        var result = Mapper.Map(Encoding.UTF8.GetBytes(envelope.ToJsonString()));

        Assert.Equal(new DateTimeOffset(2017, 1, 20, 19, 55, 2, TimeSpan.Zero), result.Order?.CancelledAt);
    }

    private static (string, decimal, bool)[] Taxes(IEnumerable<TaxLine> taxes) =>
        [.. taxes.Select(tax => (tax.Title, tax.Amount.Amount, tax.CollectedByMarketplace))];
}

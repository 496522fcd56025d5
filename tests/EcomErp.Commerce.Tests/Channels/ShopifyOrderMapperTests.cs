using System.Text;
using System.Text.Json.Nodes;
using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Channels.Shopify;
using EcomErp.Commerce.Monetary;
using EcomErp.Commerce.Orders;
using EcomErp.Commerce.Tests.Support;

namespace EcomErp.Commerce.Tests.Channels;

public sealed class ShopifyOrderMapperTests
{
    private static readonly ShopifyOrderMapper Mapper = new();

    [Fact]
    public void Map_DocsSample_TakesTheIdFromTheGidAndWarns()
    {
        var order = Samples.Map(Samples.ShopifyDocs, PayloadFormat.Shopify);

        Assert.Equal("820982911946154508", order.ChannelOrderId);
        Assert.Equal("#9999", order.OrderName);
        Assert.Contains(order.Warnings, warning => warning.Field == "id" && warning.Text.Contains("820982911946154500",
            StringComparison.Ordinal));
        Assert.Equal(
            ["487817672276298554", "789012345678901234", "890123456789012345", "976318377106520349",
                "315789986012684393"],
            order.Lines.Select(line => line.ChannelLineId));
    }

    [Fact]
    public void Map_DocsSample_KeepsLinesAndAmountsLineByLine()
    {
        var order = Samples.Map(Samples.ShopifyDocs, PayloadFormat.Shopify);

        Assert.Equal(
            [
                (1, "SKU2006-001", "Aviator sunglasses", 1, 89.99m),
                (2, "LENS-PROTECT-2YR", "Lens Protection Plan (2 Year)", 1, 19.99m),
                (3, "CASE-LEATHER-PREM", "Premium Leather Case", 1, 24.99m),
                (4, "SKU2006-020", "Mid-century lounger", 1, 159.99m),
                (5, "SKU2006-035", "Coffee table", 1, 119.99m),
            ],
            order.Lines.Select(line => (line.LineNo, line.Sku, line.Name, line.Quantity, line.UnitPrice.Amount)));
        Assert.All(order.Lines, line => Assert.Equal("USD", line.UnitPrice.Currency));
        Assert.Equal(new Money(414.95m, "USD"), order.LinesGross);
        Assert.Equal(new Money(10m, "USD"), order.ShippingTotal);
    }

    [Fact]
    public void Map_DocsSample_SpreadsTheUnallocatedDiscountOverTheLines()
    {
        var order = Samples.Map(Samples.ShopifyDocs, PayloadFormat.Shopify);

        var discounts = order.Lines.Select(line => line.DiscountTotal.Amount).ToArray();
        Assert.Equal([4.34m, 0.96m, 1.21m, 7.71m, 5.78m], discounts);
        Assert.Equal(20.00m, discounts.Sum());
        Assert.Null(order.UnallocatedDiscount);
        Assert.Contains(order.Warnings, warning => warning.Field == "total_discounts");
    }

    [Fact]
    public void Map_DocsSample_WarnsThatTheClaimedSubtotalDisagrees()
    {
        var order = Samples.Map(Samples.ShopifyDocs, PayloadFormat.Shopify);

        Assert.Equal(394.95m, order.Subtotal.Amount);
        Assert.Equal(404.95m, order.Total.Amount);
        Assert.Contains(order.Warnings, warning => warning.Field == "subtotal_price"
            && warning.Text.Contains("404.95", StringComparison.Ordinal));
        Assert.DoesNotContain(order.Warnings, warning => warning.Field == "total_price");
    }

    [Fact]
    public void Map_DocsSample_KeepsCancellationAndStatus()
    {
        var order = Samples.Map(Samples.ShopifyDocs, PayloadFormat.Shopify);

        Assert.Equal(new DateTimeOffset(2021, 12, 31, 19, 0, 0, TimeSpan.FromHours(-5)), order.CancelledAt);
        Assert.Equal("customer", order.CancelReason);
        Assert.Equal("voided", order.FinancialStatus);
        Assert.True(order.IsTest);
        Assert.Equal(["tag1", "tag2"], order.Tags);
        Assert.Equal("jon@example.com", order.Customer.Email);
        Assert.Equal("John Smith", order.Customer.Name);
        Assert.Equal("US", order.ShippingAddress?.CountryCode);
        Assert.Equal("KY", order.BillingAddress?.Region);
    }

    [Fact]
    public void Map_OpenSample_IsConsistentAndNeedsNoWarning()
    {
        var order = Samples.Map(Samples.ShopifyOpen, PayloadFormat.Shopify);

        Assert.Equal("5820394710238", order.ChannelOrderId);
        Assert.Empty(order.Warnings);
        Assert.Null(order.CancelledAt);
        Assert.Equal("paid", order.FinancialStatus);
        Assert.False(order.IsTest);
        Assert.Equal([4.34m, 0.96m, 1.21m, 7.71m, 5.78m], order.Lines.Select(line => line.DiscountTotal.Amount));
        Assert.Equal([5.14m, 1.14m, 1.43m, 9.14m, 6.85m], order.Lines.Select(line => line.TaxTotal.Amount));
        Assert.Equal(0.06m, order.Lines[0].Taxes[0].Rate);
        Assert.Equal("KY State Tax", order.Lines[0].Taxes[0].Title);
        Assert.Equal((394.95m, 24.30m, 429.25m), (order.Subtotal.Amount, order.TaxTotal.Amount, order.Total.Amount));
        Assert.Equal(order.ClaimedTotals?.Total, order.Total);
    }

    [Fact]
    public void Map_OpenSample_KeepsThePresentmentTotalBesideTheShopCurrency()
    {
        var json = JsonNode.Parse(Samples.Text(Samples.ShopifyOpen))!;
        json["presentment_currency"] = "CAD";
        json["total_price_set"]!["presentment_money"] = new JsonObject
        {
            ["amount"] = "587.45",
            ["currency_code"] = "CAD",
        };

        var order = Map(json);

        Assert.Equal(("USD", "CAD"), (order.Currency, order.PresentmentCurrency));
        Assert.Equal(new Money(587.45m, "CAD"), order.PresentmentTotal);
        Assert.Equal(new Money(429.25m, "USD"), order.Total);
    }

    [Fact]
    public void Map_TotalPriceDisagreeingWithItsShopMoney_WarnsOnTheOrder()
    {
        var json = JsonNode.Parse(Samples.Text(Samples.ShopifyOpen))!;
        json["total_price"] = "430.25";

        var order = Map(json);

        var warning = Assert.Single(order.Warnings);
        Assert.Equal("total_price", warning.Field);
        Assert.Equal("The channel claims 430.25 USD but total_price_set.shop_money.amount is 429.25 USD; " +
            "total_price_set.shop_money.amount is used.", warning.Text);
        Assert.Equal(new Money(429.25m, "USD"), order.Total);
    }

    [Fact]
    public void Map_ChannelLiableTax_IsMarkedAsCollectedByTheMarketplace()
    {
        var json = JsonNode.Parse(Samples.Text(Samples.ShopifyOpen))!;
        json["line_items"]![3]!["tax_lines"]![0]!["channel_liable"] = true;

        var order = Map(json);

        Assert.True(order.Lines[3].Taxes[0].CollectedByMarketplace);
        Assert.Equal((9.14m, 24.30m), (order.MarketplaceTaxTotal.Amount, order.TaxTotal.Amount));
    }

    [Fact]
    public void Map_MalformedJson_ReportsTheWholePayload()
    {
        var result = Mapper.Map(Encoding.UTF8.GetBytes("{ \"id\": 1, "));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("$", problem.Field);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Map_NotAnObject_ReportsTheWholePayload()
    {
        var result = Mapper.Map(Encoding.UTF8.GetBytes("[1, 2]"));

        Assert.Equal("$", Assert.Single(result.Problems).Field);
    }

    [Fact]
    public void Map_MissingLines_NamesLineItems()
    {
        var result = Mapper.Map(Payload(lines: null));

        Assert.Equal(["line_items"], Fields(result));
    }

    [Fact]
    public void Map_EmptyLines_NamesLineItems()
    {
        var result = Mapper.Map(Payload(lines: "[]"));

        Assert.Equal(["line_items"], Fields(result));
    }

    [Fact]
    public void Map_BadQuantitiesAndPrices_ReportsEveryProblemAtOnce()
    {
        var lines = """
            [
              { "sku": "A", "name": "a", "quantity": -1, "price": "1.00" },
              { "sku": "B", "name": "b", "quantity": 0, "price": "1,00" },
              { "sku": "C", "name": "c", "quantity": "2", "price": "1.00" },
              { "sku": "D", "name": "d", "quantity": 1.5, "price": true },
              { "sku": "E\u0007", "name": "e", "quantity": 1, "price": 3.10 }
            ]
            """;

        var result = Mapper.Map(Payload(lines: lines));

        Assert.Equal(
            [
                "line_items[0].quantity", "line_items[1].quantity", "line_items[1].price", "line_items[2].quantity",
                "line_items[3].quantity", "line_items[3].price", "line_items[4].sku",
            ],
            Fields(result));
        var reasons = result.Problems.Select(problem => problem.Reason).ToArray();
        Assert.Contains("must be greater than zero", reasons);
        Assert.Contains("must be a whole number, not a string", reasons);
        Assert.Contains("must not contain control characters", reasons);
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("usd")]
    public void Map_UnknownCurrency_NamesTheCurrencyField(string currency)
    {
        var result = Mapper.Map(Payload(currency: currency));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("currency", problem.Field);
        Assert.Contains(currency, problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_ShopMoneyInAnotherCurrency_NamesTheSetField()
    {
        var lines = """
            [{ "sku": "A", "name": "a", "quantity": 1,
               "price_set": { "shop_money": { "amount": "5.00", "currency_code": "EUR" } } }]
            """;

        var result = Mapper.Map(Payload(lines: lines));

        Assert.Equal(["line_items[0].price_set.shop_money.currency_code"], Fields(result));
    }

    [Fact]
    public void Map_TaxInclusivePrices_AreRefusedRatherThanCountedTwice()
    {
        var payload = Encoding.UTF8.GetString(Payload())
            .Replace("\"id\": 42,", "\"id\": 42, \"taxes_included\": true,", StringComparison.Ordinal);

        var result = Mapper.Map(Encoding.UTF8.GetBytes(payload));

        Assert.Equal(["taxes_included"], Fields(result));
    }

    [Fact]
    public void Map_PriceAsJsonNumber_ReadsItExactly()
    {
        var lines = """[{ "sku": "A", "name": "a", "quantity": 3, "price": 0.1 }]""";

        var result = Mapper.Map(Payload(lines: lines));

        Assert.True(result.Succeeded);
        Assert.Equal(0.3m, result.Order.LinesGross.Amount);
    }

    private static string[] Fields(OrderMappingResult result) => [.. result.Problems.Select(problem => problem.Field)];

    private const string OneLine = """[{ "sku": "A", "name": "a", "quantity": 1, "price": "1.00" }]""";

    private static byte[] Payload(string currency = "USD", string? lines = OneLine)
    {
        var lineItems = lines is null ? "" : $", \"line_items\": {lines}";
        return Encoding.UTF8.GetBytes(
            $$"""{ "id": 42, "currency": "{{currency}}", "created_at": "2026-05-01T10:00:00Z"{{lineItems}} }""");
    }

    private static CanonicalOrder Map(JsonNode json)
    {
        var result = Mapper.Map(Encoding.UTF8.GetBytes(json.ToJsonString()));
        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        return result.Order;
    }
}

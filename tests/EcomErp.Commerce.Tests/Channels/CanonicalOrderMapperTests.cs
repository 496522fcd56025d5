using System.Text;
using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Channels.Canonical;
using EcomErp.Commerce.Monetary;
using EcomErp.Commerce.Tests.Support;

namespace EcomErp.Commerce.Tests.Channels;

public sealed class CanonicalOrderMapperTests
{
    private static readonly CanonicalOrderMapper Mapper = new();

    [Fact]
    public void Map_Sample_ReadsEveryLine()
    {
        var order = Samples.Map(Samples.Canonical, PayloadFormat.Canonical);

        Assert.Equal("WS-100482", order.ChannelOrderId);
        Assert.Equal(
            [
                ("WS-TEE-ORG-M", 2, 24.00m, 4.80m, 2.81m, false),
                ("WS-MUG-STONE", 4, 12.50m, 0m, 3.25m, false),
                ("WS-GIFT-50", 1, 50.00m, 0m, 0m, true),
            ],
            order.Lines.Select(line => (line.Sku, line.Quantity, line.UnitPrice.Amount, line.DiscountTotal.Amount,
                line.TaxTotal.Amount, line.IsGiftCard)));
        Assert.False(order.Lines[2].RequiresShipping);
        Assert.Equal(0.065m, order.Lines[0].Taxes[0].Rate);
        Assert.Equal("SPRING10", order.Lines[0].Discounts[0].Source);
    }

    [Fact]
    public void Map_Sample_TotalsMatchTheClaimsWithoutWarnings()
    {
        var order = Samples.Map(Samples.Canonical, PayloadFormat.Canonical);

        Assert.Equal(new Money(156.66m, "USD"), order.Total);
        Assert.Equal(new Money(143.20m, "USD"), order.Subtotal);
        Assert.Equal(new Money(6.51m, "USD"), order.TaxTotal);
        Assert.Empty(order.Warnings);
        Assert.Equal(["web", "newsletter"], order.Tags);
        Assert.Equal("maria.lopez@example.org", order.Customer.Email);
        Assert.Equal("example.org", order.Customer.EmailDomain);
    }

    [Fact]
    public void Map_FraudSample_ShipsAbroad()
    {
        var order = Samples.Map(Samples.CanonicalFraud, PayloadFormat.Canonical);

        Assert.Equal(("US", "CA"), (order.BillingAddress?.CountryCode, order.ShippingAddress?.CountryCode));
        Assert.Equal(1201.00m, order.Total.Amount);
    }

    [Fact]
    public void Map_OrderDiscount_KeepsItUnallocatedAndInTheTotal()
    {
        var json = Payload("""[{ "sku": "A", "name": "a", "quantity": 1, "unitPrice": "30.00" }]""",
            extra: """, "orderDiscount": "3.00" """);

        var order = Mapper.Map(json).Order!;

        Assert.Equal(new Money(3m, "USD"), order.UnallocatedDiscount);
        Assert.Equal(27m, order.Total.Amount);
    }

    [Fact]
    public void Map_ClaimedTotalDiffers_Warns()
    {
        var json = Payload("""[{ "sku": "A", "name": "a", "quantity": 1, "unitPrice": "30.00" }]""",
            extra: """, "claimedTotals": { "total": "31.00" } """);

        var order = Mapper.Map(json).Order!;

        Assert.Equal("claimedTotals.total", Assert.Single(order.Warnings).Field);
    }

    [Fact]
    public void Map_EveryKindOfBadField_NamesEachOne()
    {
        var lines = """
            [
              { "sku": "A", "name": "a", "quantity": -2, "unitPrice": "1.00" },
              { "sku": "B", "name": "b", "quantity": 0, "unitPrice": "abc" },
              { "sku": "", "name": "c", "quantity": "1", "unitPrice": 2,
                "taxes": [{ "title": "T", "rate": 0.1 }] }
            ]
            """;

        var result = Mapper.Map(Payload(lines, currency: "EURO"));

        Assert.Equal(
            [
                "currency", "lines[0].quantity", "lines[1].quantity", "lines[1].unitPrice", "lines[2].sku",
                "lines[2].quantity", "lines[2].taxes[0].amount",
            ],
            result.Problems.Select(problem => problem.Field));
    }

    [Fact]
    public void Map_MissingRequiredHeader_NamesEachField()
    {
        var result = Mapper.Map(Encoding.UTF8.GetBytes("""{ "lines": [] }"""));

        Assert.Equal(["currency", "channelOrderId", "placedAt", "lines"],
            result.Problems.Select(problem => problem.Field));
    }

    [Fact]
    public void Map_MalformedJson_ReportsTheWholePayload()
    {
        var result = Mapper.Map(Encoding.UTF8.GetBytes("{\"channelOrderId\": }"));

        Assert.Equal("$", Assert.Single(result.Problems).Field);
    }

    private static byte[] Payload(string lines, string currency = "USD", string extra = "") =>
        Encoding.UTF8.GetBytes($$"""
            { "channelOrderId": "T-1", "placedAt": "2026-05-01T10:00:00Z", "currency": "{{currency}}",
              "lines": {{lines}} {{extra}} }
            """);
}

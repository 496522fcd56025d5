using System.Text;
using System.Text.Json.Nodes;
using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Channels.WooCommerce;
using EcomErp.Commerce.Orders;
using EcomErp.Commerce.Tests.Support;

namespace EcomErp.Commerce.Tests.Channels;

public sealed class WooCommerceOrderMapperTests
{
    private static readonly WooCommerceOrderMapper Mapper = new();

    [Fact]
    public void Map_DocsSample_KeepsEveryLineWithItsAmountsAndTaxes()
    {
        var order = Samples.Map(Samples.WooCommerceDocs, PayloadFormat.WooCommerce);

        Assert.Equal(
            [
                (1, "315", "", "93", "Woo Single #1", 2, 3.00m, 6.00m, 0m, 0.45m),
                (2, "316", "Bar3", "23", "Ship Your Idea – Color: Black, Size: M Test", 1, 12.00m, 12.00m, 0m, 0.90m),
            ],
            order.Lines.Select(line => (line.LineNo, line.ChannelLineId, line.Sku, line.ChannelVariantId, line.Name,
                line.Quantity, line.UnitPrice.Amount, line.Gross.Amount, line.DiscountTotal.Amount,
                line.TaxTotal.Amount)));
        Assert.All(order.Lines, line => Assert.Equal(("State Tax", (decimal?)null, false),
            (line.Taxes.Single().Title, line.Taxes.Single().Rate, line.Taxes.Single().CollectedByMarketplace)));
        Assert.All(order.Lines, line => Assert.Equal("USD", line.Gross.Currency));
    }

    [Fact]
    public void Map_DocsSample_KeepsShippingTotalsAndParties()
    {
        var order = Samples.Map(Samples.WooCommerceDocs, PayloadFormat.WooCommerce);

        var shipping = Assert.Single(order.ShippingLines);
        Assert.Equal(("Flat Rate", "flat_rate", 10.00m, 0m), (shipping.Title, shipping.Code, shipping.Price.Amount,
            shipping.TaxTotal.Amount));
        Assert.Equal((18.00m, 0m, 10.00m, 1.35m, 29.35m), (order.LinesGross.Amount, order.LineDiscounts.Amount,
            order.ShippingTotal.Amount, order.TaxTotal.Amount, order.Total.Amount));
        Assert.Equal(order.Total, order.ClaimedTotals?.Total);
        Assert.Equal(("727", "727", "USD", "processing"), (order.ChannelOrderId, order.OrderName, order.Currency,
            order.FinancialStatus));
        Assert.Equal(new DateTimeOffset(2017, 3, 22, 19, 28, 2, TimeSpan.Zero), order.PlacedAt);
        Assert.Equal(new DateTimeOffset(2017, 3, 22, 19, 28, 8, TimeSpan.Zero), order.UpdatedAt);
        Assert.Equal(("john.doe@example.com", "John Doe"), (order.Customer.Email, order.Customer.Name));
        Assert.Equal(("969 Market", "CA", "94103", "US", null), (order.ShippingAddress?.Line1,
            order.ShippingAddress?.Region, order.ShippingAddress?.PostalCode, order.ShippingAddress?.CountryCode,
            order.ShippingAddress?.Company));
        Assert.Null(order.CancelledAt);
        Assert.Empty(order.Warnings);
    }

    [Fact]
    public void Map_LineTotalBelowSubtotal_KeepsTheDifferenceAsTheLinesDiscount()
    {
        var json = Edit(order =>
        {
            order["line_items"]![1]!["total"] = "10.80";
            order["coupon_lines"] = new JsonArray(new JsonObject { ["code"] = "spring10" });
        });

        var order = Map(json);

        var discount = Assert.Single(order.Lines[1].Discounts);
        Assert.Equal((1.20m, "spring10"), (discount.Amount.Amount, discount.Source));
        Assert.Equal(10.80m, order.Lines[1].Net.Amount);
    }

    [Fact]
    public void Map_CancelledStatus_CancelsAtTheModifiedTime()
    {
        var order = Map(Edit(order => order["status"] = "cancelled"));

        Assert.Equal(new DateTimeOffset(2017, 3, 22, 19, 28, 8, TimeSpan.Zero), order.CancelledAt);
    }

    [Fact]
    public void Map_WrongTypesAndValues_NamesEveryField()
    {
        var json = Edit(order =>
        {
            order["currency"] = "usd";
            order["date_created_gmt"] = "yesterday";
            order["prices_include_tax"] = true;
            order["line_items"]![0]!["quantity"] = "2";
            order["line_items"]![1]!["subtotal"] = "twelve";
            order["line_items"]![1]!["total"] = -3;
            order["shipping_lines"]![0]!["total"] = "10.005";
        });

        var result = Mapper.Map(Encoding.UTF8.GetBytes(json));

        Assert.Equal(
            [
                "currency", "prices_include_tax", "date_created_gmt", "line_items[0].quantity",
                "line_items[1].subtotal", "line_items[1].total", "shipping_lines[0].total",
            ],
            result.Problems.Select(problem => problem.Field));
    }

    private static string Edit(Action<JsonObject> change)
    {
        var order = JsonNode.Parse(Samples.Text(Samples.WooCommerceDocs))!.AsObject();
        change(order);
        return order.ToJsonString();
    }

    private static CanonicalOrder Map(string json)
    {
        var result = Mapper.Map(Encoding.UTF8.GetBytes(json));
        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        return result.Order;
    }
}

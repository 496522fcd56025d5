using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcomErp.Commerce.Credentials;
using EcomErp.Server.Tests.Orders;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Channels;

/// <summary>The Amazon and BigCommerce envelopes from intake to a balanced journal.</summary>
public sealed class MarketplaceSampleTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly OrderApi api = new(server);

    [Fact]
    public async Task AmazonEnvelope_OnAChannelThatCollectsItsOwnTax_BooksOnlyFacilitatedTaxToClearing()
    {
        await SetUpChannelAsync("amazon-direct");
        using var channel = await server.ClientForAsync(PrincipalKind.Channel, "amazon-direct");

        var (status, created) = await IntakeApi.PostAsync(channel, "/api/channels/amazon-direct/orders",
            Samples.Text("amazon/order-envelope.json"));
        var orderId = Guid.Parse((string)created["orderId"]!);
        var order = await api.GetAsync(orderId);
        await api.ShipAsync(orderId, ChannelChangeTests.FullShipment(order));
        var journal = Journal(await api.GetAsync(orderId));

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(
            [("SKU2006-001", "CBA_OTF_1", 25.99m, 0m, 1.56m), ("WS-MUG-STONE", "CBA_OTF_5", 17.95m, 1.00m, 1.02m)],
            Lines(order));
        Assert.Equal((48.97m, 1.76m, 20.00m), ((decimal)order["totals"]!["total"]!,
            (decimal)order["totals"]!["marketplaceTax"]!, (decimal)order["totals"]!["giftCardTendered"]!));
        Assert.Equal(journal.Values.Sum(l => l.Debit), journal.Values.Sum(l => l.Credit));
        Assert.Equal((28.97m, 20.00m, 3.00m), (journal["1100"].Debit, journal["2300"].Debit, journal["4900"].Debit));
        Assert.Equal((1.76m, 1.02m, 3.26m, 45.93m), (journal["2250"].Credit, journal["2200"].Credit,
            journal["4100"].Credit, journal["4000"].Credit));
    }

    [Fact]
    public async Task AmazonEnvelope_OnTheAmazonChannel_BooksFacilitatedTaxToClearingAndTheSellersToPayable()
    {
        var journal = await ShipAndReadJournalAsync(Samples.Text("amazon/order-envelope.json"));

        Assert.Equal((1.76m, 1.02m), (journal["2250"].Credit, journal["2200"].Credit));
        Assert.Equal(journal.Values.Sum(l => l.Debit), journal.Values.Sum(l => l.Credit));
    }

    [Fact]
    public async Task AmazonEnvelope_OnTheAmazonChannel_WithNoFacilitatedItem_BooksAllTaxToPayable()
    {
        var envelope = Samples.Edit("amazon/order-envelope.json", json =>
        {
            json["order"]!["payload"]!["AmazonOrderId"] = "902-0000000-0000001";
            foreach (var page in json["orderItems"]!.AsArray())
            {
                page!["payload"]!["AmazonOrderId"] = "902-0000000-0000001";
                foreach (var item in page["payload"]!["OrderItems"]!.AsArray())
                {
                    item!.AsObject().Remove("TaxCollection");
                }
            }
        });

        var journal = await ShipAndReadJournalAsync(envelope);

        Assert.Equal(2.78m, journal["2200"].Credit);
        Assert.Equal(0m, journal.TryGetValue("2250", out var clearing) ? clearing.Credit : 0m);
        Assert.Equal(journal.Values.Sum(l => l.Debit), journal.Values.Sum(l => l.Credit));
    }

    [Fact]
    public async Task BigCommerceEnvelope_BooksTheGiftCertificateAsRedeemedNotAsDiscount()
    {
        using var channel = await server.ClientForAsync(PrincipalKind.Channel, "bigcommerce");

        var (status, created) = await IntakeApi.PostAsync(channel, "/api/channels/bigcommerce/orders",
            Samples.Text("bigcommerce/order-envelope.json"));
        var orderId = Guid.Parse((string)created["orderId"]!);
        var order = await api.GetAsync(orderId);
        await api.ShipAsync(orderId, ChannelChangeTests.FullShipment(order));
        var journal = Journal(await api.GetAsync(orderId));

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal([("WS-TEE-ORG-M", "S-ORAN", 55.99m, 1.59m, 4.48m), ("WS-MUG-STONE", "ABS", 0m, 0m, 0m)],
            Lines(order));
        Assert.Equal("GiftCard", (string)order["tenders"]![0]!["kind"]!);
        Assert.Equal((45.88m, 25.00m, 1.59m), (journal["1100"].Debit, journal["2300"].Debit, journal["4900"].Debit));
        Assert.Equal((55.99m, 11.09m, 5.39m), (journal["4000"].Credit, journal["4100"].Credit, journal["2200"].Credit));
        Assert.Equal(journal.Values.Sum(l => l.Debit), journal.Values.Sum(l => l.Credit));
    }

    /// <summary>Posts an Amazon envelope to the seed's amazon channel, ships it and returns its journal.</summary>
    private async Task<Dictionary<string, (decimal Debit, decimal Credit)>> ShipAndReadJournalAsync(string envelope)
    {
        using var channel = await server.ClientForAsync(PrincipalKind.Channel, "amazon");
        var (status, created) = await IntakeApi.PostAsync(channel, "/api/channels/amazon/orders", envelope);
        Assert.Equal(HttpStatusCode.Created, status);
        var orderId = Guid.Parse((string)created["orderId"]!);
        await api.ShipAsync(orderId, ChannelChangeTests.FullShipment(await api.GetAsync(orderId)));
        return Journal(await api.GetAsync(orderId));
    }

    private async Task SetUpChannelAsync(string code)
    {
        var created = await server.Client.PutAsJsonAsync(new Uri($"/api/channels/{code}", UriKind.Relative),
            new { name = "Amazon, seller-collected tax", format = "Amazon", shopCurrency = "USD" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var intake = new IntakeApi(server);
        Assert.Equal(HttpStatusCode.OK, await intake.MapSkuAsync(code, "Sku", "CBA_OTF_1", "SKU2006-001"));
        Assert.Equal(HttpStatusCode.OK, await intake.MapSkuAsync(code, "Variant", "BCTU1104UEFB", "WS-MUG-STONE"));
    }

    private static (string, string, decimal, decimal, decimal)[] Lines(JsonObject order) =>
        [.. order["lines"]!.AsArray().Select(l => ((string)l!["sku"]!, (string)l["channelSku"]!, (decimal)l["gross"]!,
            (decimal)l["discount"]!, (decimal)l["tax"]!))];

    /// <summary>The journal's lines summed per account.</summary>
    private static Dictionary<string, (decimal Debit, decimal Credit)> Journal(JsonObject order) =>
        Assert.Single(order["journal"]!.AsArray())!["lines"]!.AsArray()
            .GroupBy(l => (string)l!["account"]!)
            .ToDictionary(g => g.Key, g => (g.Sum(l => (decimal)l!["debit"]!), g.Sum(l => (decimal)l!["credit"]!)));
}

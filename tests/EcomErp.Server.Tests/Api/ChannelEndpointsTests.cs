using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Api;

/// <summary>Creating and changing channels, and how a refused change is explained.</summary>
public sealed class ChannelEndpointsTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task ChangingTheShopCurrencyOfAnExistingChannel_IsRefusedSayingItCannotChange()
    {
        var (status, problem) = await PutAsync("webstore", new { shopCurrency = "EUR" });
        var (sameStatus, _) = await PutAsync("webstore", new { shopCurrency = "USD" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var reason = (string)problem["errors"]!["shopCurrency"]![0]!;
        Assert.Contains("cannot be changed once the channel exists", reason, StringComparison.Ordinal);
        Assert.Contains("sells in USD", reason, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, sameStatus);
    }

    [Fact]
    public async Task NewChannel_WithoutOrWithAnUnknownCurrency_IsToldWhichItIs()
    {
        var code = $"c-{Guid.NewGuid():N}"[..20];

        var (missingStatus, missing) = await PutAsync(code, new { name = "New", format = "Canonical" });
        var (unknownStatus, unknown) = await PutAsync(code,
            new { name = "New", format = "Canonical", shopCurrency = "XYZ" });

        Assert.Equal((HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity),
            (missingStatus, unknownStatus));
        Assert.StartsWith("is required for a new channel", (string)missing["errors"]!["shopCurrency"]![0]!,
            StringComparison.Ordinal);
        Assert.StartsWith("'XYZ' is not a known ISO 4217", (string)unknown["errors"]!["shopCurrency"]![0]!,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownFormat_NamesTheFieldAndTheAllowedValues_WithoutDotNetTypeNames()
    {
        var (status, problem) = await PutAsync($"c-{Guid.NewGuid():N}"[..20],
            new { name = "New", format = "Magento", shopCurrency = "USD" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("must be one of Canonical, Shopify, WooCommerce, Amazon, BigCommerce",
            (string)problem["errors"]!["format"]![0]!);
        Assert.DoesNotContain("System.", problem.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("EcomErp.", problem.ToJsonString(), StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, JsonObject Body)> PutAsync(string code, object body)
    {
        var response = await server.Client.PutAsJsonAsync(new Uri($"/api/channels/{code}", UriKind.Relative), body);
        return (response.StatusCode, await IntakeApi.BodyAsync(response));
    }
}

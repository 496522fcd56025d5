using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using EcomErp.Commerce.Channels.Webhooks;

namespace EcomErp.Server.Tests.Support;

/// <summary>Posting payloads the ways channels do: signed webhooks and keyed posts; reading the intake log.</summary>
internal sealed class IntakeApi(ServerFixture server)
{
    /// <summary>The demo seed's webhook secrets.</summary>
    public const string ShopifySecret = "dev-only-shopify-webhook-secret";
    public const string WooCommerceSecret = "dev-only-woocommerce-webhook-secret";

    /// <summary>When the open Shopify sample was created; the tests' versions of it count from here.</summary>
    public static readonly DateTimeOffset ShopifyCreated = new(2026, 5, 4, 10, 42, 19, TimeSpan.FromHours(-4));

    public static string Sign(string body, string secret) =>
        WebhookSignature.Compute(Encoding.UTF8.GetBytes(body), secret);

    /// <summary>
    /// A Shopify webhook, signed with the seed's secret unless <paramref name="signature"/> says otherwise.
    /// </summary>
    public Task<(HttpStatusCode Status, JsonObject Body)> ShopifyAsync(
        string body,
        string topic,
        string? eventId = null,
        string? signature = null) =>
        PostAsync(server.CreateClient(null), "/api/webhooks/shopify", body,
            ("X-Shopify-Topic", topic),
            ("X-Shopify-Event-Id", eventId),
            ("X-Shopify-Hmac-SHA256", signature ?? Sign(body, ShopifySecret)));

    /// <summary>Creates Shopify order <paramref name="id"/> by its orders/create webhook.</summary>
    public async Task<Guid> CreateShopifyAsync(long id)
    {
        var (status, body) = await ShopifyAsync(Samples.ShopifyVersion(id, ShopifyCreated), "orders/create",
            $"evt-{Guid.NewGuid():N}");
        Assert.Equal(HttpStatusCode.Created, status);
        return Guid.Parse((string)body["orderId"]!);
    }

    public Task<(HttpStatusCode Status, JsonObject Body)> WooCommerceAsync(string body, string topic, string eventId) =>
        PostAsync(server.CreateClient(null), "/api/webhooks/woocommerce", body,
            ("X-WC-Webhook-Topic", topic),
            ("X-WC-Webhook-Delivery-ID", eventId),
            ("X-WC-Webhook-Signature", Sign(body, WooCommerceSecret)));

    /// <summary>Posts a body with the given headers; a null header value is left out.</summary>
    public static async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(
        HttpClient client,
        string path,
        string body,
        params (string Name, string? Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in headers.Where(header => header.Value is not null))
        {
            request.Headers.Add(name, value);
        }

        var response = await client.SendAsync(request);
        return (response.StatusCode, await BodyAsync(response));
    }

    public async Task<JsonArray> LogAsync(string query) =>
        (await server.Client.GetFromJsonAsync<JsonArray>(new Uri($"/api/intake?{query}", UriKind.Relative)))!;

    public async Task<JsonObject> RecordAsync(long id) =>
        (await server.Client.GetFromJsonAsync<JsonObject>(new Uri($"/api/intake/{id}", UriKind.Relative)))!;

    public Task<(HttpStatusCode Status, JsonObject Body)> ReplayAsync(long id) =>
        PostAsync(server.Client, $"/api/intake/{id}/replay", "");

    public async Task<HttpStatusCode> MapSkuAsync(string channel, string kind, string channelValue, string sku)
    {
        var response = await server.Client.PutAsJsonAsync(
            new Uri($"/api/channels/{channel}/sku-mappings", UriKind.Relative), new { kind, channelValue, sku });
        return response.StatusCode;
    }

    public static async Task<JsonObject> BodyAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? [] : JsonNode.Parse(text)!.AsObject();
    }
}

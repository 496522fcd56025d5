using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Intake;

public sealed class WebhookSignatureTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly IntakeApi intake = new(server);
    private readonly OrderApi api = new(server);

    [Fact]
    public async Task ShopifyWebhook_ValidSignature_CreatesTheOrderAndLogsHowItCameIn()
    {
        var body = Samples.ShopifyOpen(Samples.NewShopifyId());

        var (status, created) = await intake.ShopifyAsync(body, "orders/create", $"evt-{Guid.NewGuid():N}");
        var record = await intake.RecordAsync((long)created["intakeId"]!);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("AwaitingShipment", (string)created["status"]!);
        Assert.Equal(("Created", "signature", "orders/create"),
            ((string)record["status"]!, (string)record["via"]!, (string)record["topic"]!));
        Assert.Equal(body, (string)record["body"]!);
    }

    [Fact]
    public async Task ShopifyWebhook_WrongSignature_Is401AndOnlyAnAuditLineIsKept()
    {
        var body = Samples.ShopifyOpen(Samples.NewShopifyId());
        var before = await api.CountsAsync();

        var (status, problem) = await intake.ShopifyAsync(body, "orders/create", "evt-wrong",
            IntakeApi.Sign(body, "not-the-channel-secret"));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(before, await api.CountsAsync());
        await AssertAuditOnlyAsync((long)problem["intakeId"]!, body, "does not sign this body");
    }

    [Fact]
    public async Task ShopifyWebhook_MissingSignature_Is401NamingTheHeader()
    {
        var body = Samples.ShopifyOpen(Samples.NewShopifyId());
        var before = await api.CountsAsync();

        var (status, problem) = await IntakeApi.PostAsync(server.CreateClient(null), "/api/webhooks/shopify", body,
            ("X-Shopify-Topic", "orders/create"));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(before, await api.CountsAsync());
        await AssertAuditOnlyAsync((long)problem["intakeId"]!, body, "X-Shopify-Hmac-SHA256 header is missing");
    }

    [Fact]
    public async Task ShopifyWebhook_ReplayedWithOneByteChanged_Is401()
    {
        var body = Samples.ShopifyOpen(Samples.NewShopifyId());
        var signature = IntakeApi.Sign(body, IntakeApi.ShopifySecret);
        var tampered = body.Replace("\"currency\":\"USD\"", "\"currency\":\"USE\"", StringComparison.Ordinal);
        var before = await api.CountsAsync();

        var (status, problem) = await intake.ShopifyAsync(tampered, "orders/create", "evt-replayed", signature);

        Assert.NotEqual(body, tampered);
        Assert.Equal(body.Length, tampered.Length);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(before, await api.CountsAsync());
        await AssertAuditOnlyAsync((long)problem["intakeId"]!, tampered, "does not sign this body");
    }

    [Fact]
    public async Task WooCommerceWebhook_ValidSignature_IsTakenAndPingIsAcknowledged()
    {
        var ping = "webhook_id=17";

        var (status, body) = await IntakeApi.PostAsync(server.CreateClient(null), "/api/webhooks/woocommerce", ping,
            ("X-WC-Webhook-Signature", IntakeApi.Sign(ping, IntakeApi.WooCommerceSecret)));
        var (forged, _) = await IntakeApi.PostAsync(server.CreateClient(null), "/api/webhooks/woocommerce", ping,
            ("X-WC-Webhook-Signature", IntakeApi.Sign(ping, IntakeApi.ShopifySecret)));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Ignored", (string)body["outcome"]!);
        Assert.Equal(HttpStatusCode.Unauthorized, forged);
    }

    [Fact]
    public async Task KeyedIntake_WithoutKey_Is401AndWebhookOfAnUnsignedChannelIs401()
    {
        var body = Samples.Canonical("order.json", $"SIG-{Guid.NewGuid():N}");

        var (keyless, _) = await IntakeApi.PostAsync(server.CreateClient(null), "/api/channels/webstore/orders", body);
        var (unsigned, problem) = await IntakeApi.PostAsync(server.CreateClient(null), "/api/webhooks/webstore", body,
            ("X-EcomErp-Signature", IntakeApi.Sign(body, "guess")));

        Assert.Equal(HttpStatusCode.Unauthorized, keyless);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned);
        Assert.Contains("no webhook secret", (string)problem["title"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadSignatures_AreRateLimitedApartFromGenuineWebhooks_AndOverTheRateLeaveNoLine()
    {
        var code = $"rate-{Guid.NewGuid():N}"[..20];
        var created = await server.Client.PutAsJsonAsync(new Uri($"/api/channels/{code}", UriKind.Relative),
            new { name = "Rate test", format = "Shopify", shopCurrency = "USD", webhookSecret = "rate-secret" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await using var limited = server.StartAnotherServer(("EcomErp:Security:WebhooksPerMinute", "3"));
        using var client = limited.CreateClient();
        var body = Samples.ShopifyOpen(Samples.NewShopifyId());
        await WaitForAFreshMinuteAsync();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            var (status, _) = await IntakeApi.PostAsync(client, $"/api/webhooks/{code}", body,
                ("X-Shopify-Topic", "orders/create"), ("X-Shopify-Hmac-SHA256", IntakeApi.Sign(body, "forged")));
            statuses.Add(status);
        }

        var (signedStatus, _) = await IntakeApi.PostAsync(client, $"/api/webhooks/{code}", body,
            ("X-Shopify-Topic", "orders/create"), ("X-Shopify-Hmac-SHA256", IntakeApi.Sign(body, "rate-secret")));
        var log = await intake.LogAsync($"channel={code}&limit=50");

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 3),
            .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 3)], statuses);
        Assert.Equal(HttpStatusCode.Created, signedStatus);
        Assert.Equal(["Created", "Unauthorized", "Unauthorized", "Unauthorized"],
            log.Select(r => (string)r!["status"]!));
    }

    /// <summary>Rates are counted per clock minute; a count cut in two by a new minute would start again.</summary>
    private static async Task WaitForAFreshMinuteAsync()
    {
        var second = DateTimeOffset.UtcNow.Second;
        if (second >= 50)
        {
            await Task.Delay(TimeSpan.FromSeconds(61 - second));
        }
    }

    private async Task AssertAuditOnlyAsync(long intakeId, string body, string reason)
    {
        var record = await intake.RecordAsync(intakeId);
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        Assert.Equal("Unauthorized", (string)record["status"]!);
        Assert.Contains(reason, (string)record["reason"]!, StringComparison.Ordinal);
        Assert.Null(record["body"]);
        Assert.Null(record["bodyBase64"]);
        Assert.Equal(sha, (string)record["bodySha256"]!);
        Assert.Null(record["orderId"]);
    }
}

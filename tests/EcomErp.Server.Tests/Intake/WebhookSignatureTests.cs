using System.Net;
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

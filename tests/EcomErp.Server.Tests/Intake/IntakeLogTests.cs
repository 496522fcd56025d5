using System.Net;
using System.Text.Json.Nodes;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Intake;

/// <summary>
/// WooCommerce's documentation order: its second line has a SKU the catalogue does not know, so the order waits
/// for a person; the intake log lists every payload with its outcome.
/// </summary>
public sealed class IntakeLogTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly IntakeApi intake = new(server);
    private readonly OrderApi api = new(server);

    [Fact]
    public async Task UnknownSku_HoldsTheOrderForAPerson_AndRetryAfterTheMappingGoesOn()
    {
        await intake.MapSkuAsync("woocommerce", "Variant", "93", "WS-MUG-STONE");
        var body = Samples.Edit("woocommerce/order.docs-sample.json", order => order["id"] = 7301);

        var (status, created) = await intake.WooCommerceAsync(body, "order.created", "wc-delivery-2");
        var orderId = Guid.Parse((string)created["orderId"]!);
        var held = await api.GetAsync(orderId);
        var task = Assert.Single(await api.OpenTasksAsync(orderId))!;
        var heldStock = await api.ReservationsAsync(orderId);
        await intake.MapSkuAsync("woocommerce", "Sku", "Bar3", "WS-TEE-ORG-M");
        var completed = await api.CompleteTaskAsync(Guid.Parse((string)task["id"]!), "retry");
        var released = await api.GetAsync(orderId);

        Assert.Equal((HttpStatusCode.Created, "OnHold"), (status, (string)held["status"]!));
        Assert.Contains(held["validationReasons"]!.AsArray(),
            r => ((string)r!).Contains("'Bar3'", StringComparison.Ordinal));
        Assert.Equal("ResolveSkus", (string)task["elementId"]!);
        Assert.Empty(heldStock);
        Assert.Equal(HttpStatusCode.OK, completed);
        Assert.Equal("AwaitingShipment", (string)released["status"]!);
        Assert.Empty(released["validationReasons"]!.AsArray());
        Assert.Equal(("WS-TEE-ORG-M", "Bar3"), ((string)released["lines"]![1]!["sku"]!,
            (string)released["lines"]![1]!["channelSku"]!));
        Assert.Equal(["WS-MUG-STONE", "WS-TEE-ORG-M"], (await api.ReservationsAsync(orderId)).OrderBy(r => r.LineNo)
            .Select(r => r.Sku));
    }

    [Fact]
    public async Task HeldOrder_RetriedAfterMappingOneOfTwoSkus_ShowsOnlyTheSkuStillUnknown()
    {
        var body = Samples.Edit("woocommerce/order.docs-sample.json", order =>
        {
            order["id"] = 7303;
            order["line_items"]![0]!["sku"] = "NOPE-A";
            order["line_items"]![0]!["product_id"] = 99001;
            order["line_items"]![0]!["variation_id"] = 0;
            order["line_items"]![1]!["sku"] = "NOPE-B";
        });
        var (_, created) = await intake.WooCommerceAsync(body, "order.created", "wc-delivery-6");
        var orderId = Guid.Parse((string)created["orderId"]!);
        var held = Reasons(await api.GetAsync(orderId));

        await intake.MapSkuAsync("woocommerce", "Sku", "NOPE-A", "WS-MUG-STONE");
        await RetryAsync(orderId);
        var stillHeld = await api.GetAsync(orderId);
        await intake.MapSkuAsync("woocommerce", "Sku", "NOPE-B", "WS-TEE-ORG-M");
        await RetryAsync(orderId);
        var released = await api.GetAsync(orderId);

        Assert.Equal(2, held.Count(r => r.Contains("'NOPE-A'", StringComparison.Ordinal)
            || r.Contains("'NOPE-B'", StringComparison.Ordinal)));
        Assert.Equal("OnHold", (string)stillHeld["status"]!);
        var remaining = Assert.Single(Reasons(stillHeld));
        Assert.Contains("'NOPE-B'", remaining, StringComparison.Ordinal);
        Assert.Equal("AwaitingShipment", (string)released["status"]!);
        Assert.Empty(Reasons(released));
    }

    [Fact]
    public async Task HeldOrder_RejectedByAPerson_EndsRejectedWithTheReason()
    {
        await intake.MapSkuAsync("woocommerce", "Variant", "93", "WS-MUG-STONE");
        var body = Samples.Edit("woocommerce/order.docs-sample.json", order =>
        {
            order["id"] = 7302;
            order["line_items"]![1]!["sku"] = "NOT-SOLD-HERE";
        });
        var (_, created) = await intake.WooCommerceAsync(body, "order.created", "wc-delivery-3");
        var orderId = Guid.Parse((string)created["orderId"]!);
        var task = Assert.Single(await api.OpenTasksAsync(orderId))!;

        await api.CompleteTaskAsync(Guid.Parse((string)task["id"]!), "reject");
        var order = await api.GetAsync(orderId);

        Assert.Equal("Rejected", (string)order["status"]!);
        Assert.Contains(order["validationReasons"]!.AsArray(),
            r => ((string)r!).Contains("could not be mapped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Log_ListsEveryPayloadOfAChannelWithItsOutcome()
    {
        await intake.WooCommerceAsync("{ not json", "order.created", "wc-delivery-4");
        await intake.WooCommerceAsync("{}", "order.deleted", "wc-delivery-5");

        var log = await intake.LogAsync("channel=woocommerce&limit=50");

        Assert.Contains(log, r => (string)r!["eventId"]! == "wc-delivery-4" && (string)r["status"]! == "Refused"
            && r["problems"]!.AsArray().Any(p => (string)p!["field"]! == "$"));
        Assert.Contains(log, r => (string)r!["eventId"]! == "wc-delivery-5" && (string)r["status"]! == "Ignored");
        Assert.All(log, r => Assert.Equal("woocommerce", (string)r!["channel"]!));
    }

    private async Task RetryAsync(Guid orderId)
    {
        var task = Assert.Single(await api.OpenTasksAsync(orderId))!;
        Assert.Equal(HttpStatusCode.OK, await api.CompleteTaskAsync(Guid.Parse((string)task["id"]!), "retry"));
    }

    private static List<string> Reasons(JsonObject order) =>
        [.. order["validationReasons"]!.AsArray().Select(r => (string)r!)];

    [Fact]
    public async Task KeyedPost_MistypedTopic_IsRefusedNamingTheHeaderAndLoggedWithoutAnOrder()
    {
        var channelOrderId = $"TOPIC-{Guid.NewGuid():N}";
        var before = await api.CountsAsync();

        var (status, problem) = await IntakeApi.PostAsync(server.Client, "/api/channels/webstore/orders",
            Samples.Canonical("order.json", channelOrderId), ("X-EcomErp-Topic", "delete"));
        var record = await intake.RecordAsync((long)problem["intakeId"]!);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("X-EcomErp-Topic"), problem.ToJsonString());
        Assert.Equal("Refused", (string)record["status"]!);
        Assert.Equal(before, await api.CountsAsync());
    }
}

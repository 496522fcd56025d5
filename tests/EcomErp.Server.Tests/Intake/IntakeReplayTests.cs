using System.Net;
using System.Text;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Intake;

/// <summary>
/// WooCommerce's documentation order, verbatim: its first line has no SKU, so it is refused until a SKU mapping
/// names the line's product. Nothing is lost: the refused payload waits in the log and can be replayed.
/// </summary>
public sealed class IntakeReplayTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly IntakeApi intake = new(server);
    private readonly OrderApi api = new(server);

    [Fact]
    public async Task RefusedPayload_IsKeptByteForByteAndReplaysOnceTheMappingExists()
    {
        var body = Samples.Text("woocommerce/order.docs-sample.json");
        var before = await api.CountsAsync();

        var (refusedStatus, refused) = await intake.WooCommerceAsync(body, "order.created", "wc-delivery-1");
        var afterRefusal = await api.CountsAsync();
        var logged = await intake.RecordAsync((long)refused["intakeId"]!);
        var mapped = await intake.MapSkuAsync("woocommerce", "Variant", "93", "WS-MUG-STONE");
        var (replayStatus, replayed) = await intake.ReplayAsync((long)refused["intakeId"]!);
        var order = await api.GetAsync(Guid.Parse((string)replayed["orderId"]!));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refusedStatus);
        Assert.Equal(["line_items[0].sku"], refused["errors"]!.AsObject().Select(e => e.Key));
        Assert.Equal(before, afterRefusal);
        Assert.Equal(("Refused", "order.created", "wc-delivery-1"), ((string)logged["status"]!,
            (string)logged["topic"]!, (string)logged["eventId"]!));
        Assert.Equal(Encoding.UTF8.GetBytes(body), Convert.FromBase64String((string)logged["bodyBase64"]!));
        Assert.Equal(HttpStatusCode.OK, mapped);
        Assert.Equal(HttpStatusCode.Created, replayStatus);
        var replayRecord = await intake.RecordAsync((long)replayed["intakeId"]!);
        Assert.Equal((long)refused["intakeId"]!, (long)replayRecord["replayOf"]!);
        Assert.Equal(("WS-MUG-STONE", "", "93"), ((string)order["lines"]![0]!["sku"]!,
            (string)order["lines"]![0]!["channelSku"]!, (string)order["lines"]![0]!["variantId"]!));
        var totals = order["totals"]!;
        Assert.Equal((18.00m, 10.00m, 1.35m, 29.35m), ((decimal)totals["linesGross"]!, (decimal)totals["shipping"]!,
            (decimal)totals["tax"]!, (decimal)totals["total"]!));
    }
}

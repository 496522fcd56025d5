using System.Globalization;
using System.Net;
using EcomErp.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Server.Tests.Intake;

/// <summary>A failure while storing an order: the channel gets a 5xx, nothing is half-written, a retry works.</summary>
public sealed class IntakeFailureTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly IntakeApi intake = new(server);
    private readonly OrderApi api = new(server);

    [Fact]
    public async Task StoreFails_Is500WithNothingWritten_AndTheChannelsRetrySucceeds()
    {
        var id = Samples.NewShopifyId();
        var body = Samples.ShopifyOpen(id);
        await BreakOrderInsertsAsync(id);
        var before = await api.CountsAsync();

        var (failedStatus, failed) = await intake.ShopifyAsync(body, "orders/create", "evt-retried");
        var afterFailure = await api.CountsAsync();
        var record = await intake.RecordAsync((long)failed["intakeId"]!);
        await RepairOrderInsertsAsync();
        var (retryStatus, retried) = await intake.ShopifyAsync(body, "orders/create", "evt-retried");

        Assert.Equal(HttpStatusCode.InternalServerError, failedStatus);
        Assert.Equal(before, afterFailure);
        Assert.Equal("Failed", (string)record["status"]!);
        Assert.Contains("simulated failure", (string)record["reason"]!, StringComparison.Ordinal);
        Assert.Equal(body, (string)record["body"]!);
        Assert.Equal(HttpStatusCode.Created, retryStatus);
        Assert.Equal((before.Orders + 1, before.Instances + 1), await api.CountsAsync());
        Assert.Equal(5, (await api.ReservationsAsync(Guid.Parse((string)retried["orderId"]!))).Count);
    }

    /// <summary>A trigger that fails the insert of this one order, as a full disk or a lost connection would.</summary>
    private async Task BreakOrderInsertsAsync(long channelOrderId)
    {
        await using var db = api.Commerce();
        await db.Database.ExecuteSqlRawAsync("""
            CREATE TABLE commerce.failing_orders (channel_order_id text PRIMARY KEY);
            CREATE FUNCTION commerce.fail_order_insert() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF EXISTS (SELECT 1 FROM commerce.failing_orders f WHERE f.channel_order_id = NEW.channel_order_id)
                THEN RAISE EXCEPTION 'simulated failure'; END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER fail_order_insert BEFORE INSERT ON commerce.orders
                FOR EACH ROW EXECUTE FUNCTION commerce.fail_order_insert();
            """);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO commerce.failing_orders VALUES ({channelOrderId.ToString(CultureInfo.InvariantCulture)})");
    }

    private async Task RepairOrderInsertsAsync()
    {
        await using var db = api.Commerce();
        await db.Database.ExecuteSqlRawAsync(
            "DROP TRIGGER fail_order_insert ON commerce.orders; DROP FUNCTION commerce.fail_order_insert(); " +
            "DROP TABLE commerce.failing_orders;");
    }
}

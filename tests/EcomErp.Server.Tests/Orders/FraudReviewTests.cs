using System.Net;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Orders;

public sealed class FraudReviewTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly OrderApi api = new(server);

    [Fact]
    public async Task RiskyOrder_Approved_ContinuesToReservationAndRouting()
    {
        var orderId = await CreateRiskyOrderAsync();
        var inReview = await api.GetAsync(orderId);
        var task = Assert.Single(await api.OpenTasksAsync(orderId))!;
        var heldInReview = await api.ReservationsAsync(orderId);

        var completed = await api.CompleteTaskAsync(Guid.Parse((string)task["id"]!), "approve");
        var approved = await api.GetAsync(orderId);

        Assert.Equal("InReview", (string)inReview["status"]!);
        Assert.Equal("FraudReview", (string)task["elementId"]!);
        Assert.Equal(orderId.ToString(), (string)task["input"]!["orderId"]!);
        Assert.True((int)task["input"]!["score"]! >= 50);
        Assert.Contains(task["input"]!["rulesFired"]!.AsArray(), r => (string)r! == "Fraud.ReviewScoreReached");
        Assert.Empty(heldInReview);
        Assert.Equal(HttpStatusCode.OK, completed);
        Assert.Equal("AwaitingShipment", (string)approved["status"]!);
        Assert.NotEmpty(inReview["validationReasons"]!.AsArray());
        Assert.Empty(approved["validationReasons"]!.AsArray());
        Assert.NotEmpty(await api.ReservationsAsync(orderId));
    }

    [Fact]
    public async Task RiskyOrder_Rejected_EndsRejectedWithNothingHeld()
    {
        var orderId = await CreateRiskyOrderAsync();
        var task = Assert.Single(await api.OpenTasksAsync(orderId))!;

        var completed = await api.CompleteTaskAsync(Guid.Parse((string)task["id"]!), "reject");
        var rejected = await api.GetAsync(orderId);

        Assert.Equal(HttpStatusCode.OK, completed);
        Assert.Equal("Rejected", (string)rejected["status"]!);
        Assert.Equal("OrderRejected", (string)rejected["workflow"]!["summary"]!["endedBy"]!);
        Assert.Contains(rejected["validationReasons"]!.AsArray(),
            r => ((string)r!).Contains("fraud", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(await api.ReservationsAsync(orderId),
            r => r.Status == Commerce.Inventory.ReservationStatus.Held);
    }

    [Fact]
    public async Task CompleteTask_OutcomeNotOffered_IsRefusedNamingTheField()
    {
        var orderId = await CreateRiskyOrderAsync();
        var task = Assert.Single(await api.OpenTasksAsync(orderId))!;

        var status = await api.CompleteTaskAsync(Guid.Parse((string)task["id"]!), "maybe");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Single(await api.OpenTasksAsync(orderId));
    }

    private Task<Guid> CreateRiskyOrderAsync() =>
        api.CreateAsync("webstore", Samples.Canonical("order-fraud-review.json", $"FR-{Guid.NewGuid():N}"));
}

using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Inventory.Availability;
using EcomErp.Commerce.Inventory.Feed;
using EcomErp.Commerce.Inventory.Movements;
using EcomErp.Commerce.Persistence;
using EcomErp.Commerce.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static EcomErp.Commerce.Tests.Support.StockArrangement;

namespace EcomErp.Commerce.Tests.Inventory;

/// <summary>
/// Receipt, reservation, receipt with safety stock and two channels' shares (web 50 %, market 30 %): the
/// figures after each step were worked out by hand before the code ran, and are checked both as computed and
/// as published to the outbox.
/// </summary>
public sealed class AvailabilityScenarioTests : DatabaseTest
{
    private StockMovements Movements => new(Clock, AvailabilityFeed.Immediate);

    private StockReservations Reservations => new(Clock);

    [Fact]
    public async Task ReceiptReservationReceipt_TwoShares_PublishesTheHandWorkedFigures()
    {
        await ArrangeAsync();

        // N1: on hand 20, safety 2. Whole = 18; web granted floor(0.5 * 18) = 9, market floor(0.3 * 18) = 5.
        // Sellable 18. Web: 18 - market's 5 = 13. Market: 18 - web's 9 = 9.
        await PostAsync(MovementKind.Receipt, "N1", 20);
        Assert.Equal((13, 9), await FiguresAsync());
        Assert.Equal((13, 9), await PublishedAsync());

        // A web order holds 4 against the network: 18 - 4 = 14. Web has used 4 of its 9, so 5 stay set aside.
        // Web: 14 - market's 5 = 9. Market: 14 - web's 5 = 9.
        await InTransactionAsync(db => Reservations.ReserveOrderAsync(db,
            new ReservationRequest(Guid.NewGuid(), Web, [new(1, "TEE", 4)])));
        Assert.Equal((9, 9), await FiguresAsync());
        Assert.Equal((9, 9), await PublishedAsync());

        // N2 receives 10 (no safety stock). Whole = 28; web granted 14, market floor(8.4) = 8.
        // Sellable 28 - 4 held = 24. Web: 24 - market's 8 = 16. Market: 24 - web's (14 - 4) = 14.
        await PostAsync(MovementKind.Receipt, "N2", 10);
        Assert.Equal((16, 14), await FiguresAsync());
        Assert.Equal((16, 14), await PublishedAsync());
    }

    [Fact]
    public async Task ForChannel_AfterTheScenario_TermsAddUpToTheFigure()
    {
        await ArrangeAsync();
        await PostAsync(MovementKind.Receipt, "N1", 20);
        await InTransactionAsync(db => Reservations.ReserveOrderAsync(db,
            new ReservationRequest(Guid.NewGuid(), Web, [new(1, "TEE", 4)])));
        await PostAsync(MovementKind.Receipt, "N2", 10);

        var web = await ComputeAsync(Web);

        Assert.Equal(
            [new(AtsTerms.SellableAtNodes, 28), new(AtsTerms.HeldAgainstNetwork, -4),
                new AtsTerm(AtsTerms.OtherAllocation, -8, Market)],
            web.Terms);
        Assert.Equal(web.Ats, web.Terms.Sum(term => term.Units));
    }

    [Fact]
    public async Task Allocations_FixedAndSharesAskMoreThanTheWhole_AreCutSoThePartsFit()
    {
        await using (var db = NewContext())
        {
            await StockAsync(db, Clock.GetUtcNow(), ("TEE", "N1", 20, 0));
            await PolicyAsync(db, Web, 0.5m);
            db.ChannelAllocations.Add(new ChannelAllocation(Market, "TEE", 15));
            await db.SaveChangesAsync();
        }

        await using var check = NewContext();
        var picture = await StockPictures.LoadAsync(check, ["TEE"], Clock.GetUtcNow(), default);
        var figures = AvailabilityCalculator.Allocations(picture, "TEE");

        Assert.Equal([(Market, 15), (Web, 5)], figures.Select(f => (f.Channel, f.Granted)));
        Assert.Equal(20, figures.Sum(f => f.Granted));
        Assert.Equal(20 - 5, AvailabilityCalculator.ForChannel(picture, "TEE", Market).Ats);
        Assert.Equal(20 - 15, AvailabilityCalculator.ForChannel(picture, "TEE", Web).Ats);
    }

    [Fact]
    public async Task ForChannel_OnHandBelowZeroInTheErp_PublishesZero()
    {
        await using (var db = NewContext())
        {
            await StockAsync(db, Clock.GetUtcNow(), ("TEE", "N1", 5, 0));
        }

        await InTransactionAsync(db => Reservations.ReserveOrderAsync(db,
            new ReservationRequest(Guid.NewGuid(), Web, [new(1, "TEE", 4)])));
        await PostAsync(MovementKind.Adjustment, "N1", -7);

        var web = await ComputeAsync(Web);
        Assert.Equal(
            [new(AtsTerms.SellableAtNodes, 0), new(AtsTerms.HeldAgainstNetwork, -4),
                new AtsTerm(AtsTerms.FloorAtZero, 4)],
            web.Terms);
        Assert.Equal(0, web.Ats);
        Assert.Equal((0, 0), await PublishedAsync());
    }

    [Fact]
    public async Task ForChannel_InTransitWithinTheHorizon_CountsOnlyForThatChannel()
    {
        await using (var db = NewContext())
        {
            await StockAsync(db, Clock.GetUtcNow(), ("TEE", "N1", 5, 0));
            await PolicyAsync(db, Market, share: null, horizon: TimeSpan.FromDays(7));
        }

        await DispatchAsync("ASN-1", 6, Clock.GetUtcNow().AddDays(3));
        await DispatchAsync("ASN-2", 4, Clock.GetUtcNow().AddDays(10));

        Assert.Equal((5, 11), await FiguresAsync());
        Assert.Equal((5, 11), await PublishedAsync());
    }

    private async Task ArrangeAsync()
    {
        await using var db = NewContext();
        await StockAsync(db, Clock.GetUtcNow(), ("TEE", "N1", 0, 0), ("TEE", "N2", 0, 0));
        await PolicyAsync(db, Web, 0.5m);
        await PolicyAsync(db, Market, 0.3m);
        await InTransactionAsync(tx => Movements.PostAsync(tx,
            [new StockMovement(MovementKind.SafetyStock, "TEE", "N1", 2, null)]));
    }

    private Task<MovementOutcome> PostAsync(MovementKind kind, string node, int quantity) =>
        InTransactionAsync(db => Movements.PostAsync(db, [new StockMovement(kind, "TEE", node, quantity, null)]));

    private async Task<StockTransfer> DispatchAsync(string reference, int quantity, DateTimeOffset expected) =>
        (await InTransactionAsync(db => Movements.DispatchAsync(db,
            new TransferRequest(reference, "TEE", null, "N1", quantity, expected)))).Transfer!;

    private async Task<ChannelAvailability> ComputeAsync(string channel)
    {
        await using var db = NewContext();
        var picture = await StockPictures.LoadAsync(db, ["TEE"], Clock.GetUtcNow(), default);
        return AvailabilityCalculator.ForChannel(picture, "TEE", channel);
    }

    private async Task<(int Web, int Market)> FiguresAsync() =>
        ((await ComputeAsync(Web)).Ats, (await ComputeAsync(Market)).Ats);

    /// <summary>The newest outbox figure per channel: what the channels are told.</summary>
    private async Task<(int Web, int Market)> PublishedAsync()
    {
        await using var db = NewContext();
        var latest = await LatestAsync(db);
        return (latest[Web], latest[Market]);
    }

    private static async Task<Dictionary<string, int>> LatestAsync(CommerceDbContext db) =>
        (await db.AvailabilityEvents.AsNoTracking().Where(e => e.Sku == "TEE").ToListAsync())
            .GroupBy(e => e.ChannelCode)
            .ToDictionary(g => g.Key, g => g.MaxBy(e => e.Id)!.Ats!.Value);
}

using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Inventory.Availability;
using EcomErp.Commerce.Inventory.Feed;
using EcomErp.Commerce.Inventory.Movements;
using EcomErp.Commerce.Inventory.SelfCheck;
using EcomErp.Commerce.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static EcomErp.Commerce.Tests.Support.StockArrangement;

namespace EcomErp.Commerce.Tests.Inventory;

/// <summary>Figures near the one-billion bound: refused before they are booked, and summed without wrapping.</summary>
public sealed class StockLimitsTests : DatabaseTest
{
    private const int Billion = StockLimits.MaxUnits;

    private StockMovements Movements => new(Clock, AvailabilityFeed.Immediate);

    [Fact]
    public async Task ForChannel_ThreeNodesAtTheBound_SumsPastInt32AndCapsTheFigure()
    {
        await using (var db = NewContext())
        {
            await StockAsync(db, Clock.GetUtcNow(), ("A", "N1", Billion, 0), ("A", "N2", Billion, 0),
                ("A", "N3", Billion, 0));
        }

        await using var read = NewContext();
        var picture = await StockPictures.LoadAsync(read, ["A"], Clock.GetUtcNow(), default);
        var web = AvailabilityCalculator.ForChannel(picture, "A", Web);

        Assert.Equal(3L * Billion, web.Terms.Single(t => t.Term == AtsTerms.SellableAtNodes).Units);
        Assert.Equal(int.MaxValue, web.Ats);
    }

    [Fact]
    public async Task PostAsync_ReceiptPastTheBound_PostsNothingAndTheLedgerCheckStillRuns()
    {
        await using (var db = NewContext())
        {
            await StockAsync(db, Clock.GetUtcNow(), ("A", "N1", Billion - 1, 0));
        }

        var outcome = await InTransactionAsync(db => Movements.PostAsync(db,
            [new StockMovement(MovementKind.Receipt, "A", "N1", 1, "R-1"),
                new StockMovement(MovementKind.Receipt, "A", "N1", 1, "R-2")]));
        var check = await InTransactionAsync(db => new LedgerCheck(Clock).RunAsync(db));

        var refused = Assert.Single(outcome.Refused);
        Assert.Equal(1, refused.Index);
        Assert.Contains("past the limit", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(0, outcome.Posted);
        await using var read = NewContext();
        Assert.Equal(Billion - 1, (await read.StockPositions.SingleAsync()).OnHand);
        Assert.Empty(check.Findings);
    }

    [Fact]
    public void Apply_PastTheBound_ThrowsInsteadOfWrapping()
    {
        var position = new StockPosition("A", "N1");
        position.Apply(MovementKind.Receipt, Billion);

        Assert.Throws<InvalidOperationException>(() => position.Apply(MovementKind.Receipt, 1));
        Assert.Equal(Billion, position.OnHand);
    }
}

using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Inventory.Availability;
using EcomErp.Commerce.Inventory.SelfCheck;
using EcomErp.Commerce.Persistence;
using EcomErp.Commerce.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static EcomErp.Commerce.Tests.Support.StockArrangement;

namespace EcomErp.Commerce.Tests.Inventory;

/// <summary>
/// Orders racing for the last units through two independent connection pools (two data sources with different
/// application names, as two processes would have): the only thing they share is the database.
/// </summary>
public sealed class ReservationRaceTests : DatabaseTest
{
    [Theory]
    [InlineData(2, 1)]
    [InlineData(50, 5)]
    public async Task ReserveOrderAsync_OrdersRaceOverTwoPools_ExactlyTheAvailableUnitsAreHeld(int orders, int units)
    {
        await using (var db = NewContext())
        {
            await StockAsync(db, Clock.GetUtcNow(), ("LAST", "N1", units + 1, 1));
        }

        await using var poolA = Pool("host-a");
        await using var poolB = Pool("host-b");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, orders).Select(i =>
            Task.Run(() => ReserveOneAsync(i % 2 == 0 ? poolA : poolB))));

        Assert.Equal(units, outcomes.Count(outcome => outcome.Succeeded));
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal(0, Assert.Single(o.Shortages).Available));
        await using var check = NewContext();
        Assert.Equal(units, await check.Reservations.Where(r => r.Status == ReservationStatus.Held)
            .SumAsync(r => r.Quantity));
        Assert.Equal(0, await AtsAsync(check, Web));
        Assert.Equal(0, await AtsAsync(check, Market));
        Assert.Empty((await new LedgerCheck(Clock).RunAsync(check)).Findings);
    }

    [Fact]
    public async Task ReserveOrderAsync_MarketRacesForWebsAllocation_NeverTakesIt()
    {
        await using (var db = NewContext())
        {
            await StockAsync(db, Clock.GetUtcNow(), ("LAST", "N1", 10, 0));
            db.ChannelAllocations.Add(new ChannelAllocation(Web, "LAST", 6));
            await db.SaveChangesAsync();
        }

        await using var poolA = Pool("host-a");
        await using var poolB = Pool("host-b");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            Task.Run(() => ReserveOneAsync(i % 2 == 0 ? poolA : poolB, Market))));

        Assert.Equal(4, outcomes.Count(outcome => outcome.Succeeded));
        await using var check = NewContext();
        Assert.Equal(6, await AtsAsync(check, Web));
        Assert.Equal(0, await AtsAsync(check, Market));
    }

    private NpgsqlDataSource Pool(string name) =>
        NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(ConnectionString) { ApplicationName = name });

    private async Task<ReservationOutcome> ReserveOneAsync(NpgsqlDataSource pool, string channel = Web)
    {
        await using var connection = await pool.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var db = await CommerceDatabase.OpenAsync(connection, transaction);
        var outcome = await new StockReservations(Clock).ReserveOrderAsync(db,
            new ReservationRequest(Guid.NewGuid(), channel, [new(1, "LAST", 1)]));
        await transaction.CommitAsync();
        return outcome;
    }

    private async Task<int> AtsAsync(CommerceDbContext db, string channel)
    {
        var picture = await StockPictures.LoadAsync(db, ["LAST"], Clock.GetUtcNow(), default);
        return AvailabilityCalculator.ForChannel(picture, "LAST", channel).Ats;
    }
}

using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Inventory.Feed;
using EcomErp.Commerce.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static EcomErp.Commerce.Tests.Support.StockArrangement;

namespace EcomErp.Commerce.Tests.Inventory;

public sealed class AvailabilityFeedTests : DatabaseTest
{
    [Fact]
    public async Task Record_ChangesWithinTheWindow_AreDueTogetherAndOnlyTheNewestIsSent()
    {
        await using (var db = NewContext())
        {
            await StockAsync(db, Clock.GetUtcNow(), ("HOT", "N1", 10, 0));
        }

        var start = Clock.GetUtcNow();
        var reservations = new StockReservations(Clock, new AvailabilityFeed(TimeSpan.FromSeconds(10)));
        foreach (var _ in Enumerable.Range(0, 3))
        {
            await InTransactionAsync(db => reservations.ReserveOrderAsync(db,
                new ReservationRequest(Guid.NewGuid(), Web, [new(1, "HOT", 1)])));
            Clock.Advance(TimeSpan.FromSeconds(1));
        }

        await using var check = NewContext();
        var events = await check.AvailabilityEvents.Where(e => e.ChannelCode == Web).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([(9, start), (8, start.AddSeconds(10)), (7, start.AddSeconds(10))],
            events.Select(e => (e.Ats!.Value, e.DueAt)));
        var sent = AvailabilityOutbox.Latest(events, start.AddSeconds(10));
        Assert.Equal(7, Assert.Single(sent).Ats);
        Assert.All(events.Take(2), e => Assert.True(e.Superseded));
    }

    [Fact]
    public async Task From_OneSkuFails_ListsTheOthers()
    {
        await using (var db = NewContext())
        {
            await StockAsync(db, Clock.GetUtcNow(), ("A", "N1", 3, 0), ("B", "N1", 2, 0));
            await KitAsync(db, "KIT", ("A", 1));
        }

        await using var check = NewContext();
        await check.Database.ExecuteSqlRawAsync("ALTER TABLE commerce.kit_components " +
            "DROP CONSTRAINT ck_kit_components_quantity; UPDATE commerce.kit_components SET quantity = 0");
        var list = await ChannelAvailabilityList.LoadAsync(check, Web, null, Clock.GetUtcNow(), default);

        Assert.Equal([new SkuAts("A", 3), new SkuAts("B", 2)], list.Items);
        Assert.Equal("KIT", Assert.Single(list.Failures).Sku);
    }
}

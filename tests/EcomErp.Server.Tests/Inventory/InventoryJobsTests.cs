using System.Text.Json.Nodes;
using EcomErp.Commerce.Inventory.Feed;
using EcomErp.Commerce.Persistence;
using EcomErp.Server.Inventory;
using EcomErp.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EcomErp.Server.Tests.Inventory;

public sealed class InventoryJobsTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private InventoryJobs Jobs => server.Services.GetRequiredService<InventoryJobs>();

    [Fact]
    public async Task RunDueAsync_TwiceInARow_WritesOneSnapshotPerChannelOnce()
    {
        await Jobs.RunDueAsync(default);
        await Jobs.RunDueAsync(default);

        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(server.ConnectionString));
        var snapshots = await db.AvailabilityEvents.Where(e => e.Kind == AvailabilityEventKind.Snapshot)
            .OrderBy(e => e.ChannelCode).ToListAsync();
        var channels = await db.Channels.Select(c => c.Code).OrderBy(c => c).ToListAsync();
        Assert.Equal(channels, snapshots.Select(e => e.ChannelCode));
        var webstore = snapshots.Single(e => e.ChannelCode == "webstore");
        var items = JsonNode.Parse(webstore.Payload!)!["items"]!.AsArray();
        var kit = items.Single(i => (string)i!["sku"]! == "WS-BUNDLE-TEE-MUGS")!;
        Assert.Equal(Math.Min(180, 330 / 2), (int)kit["ats"]!);
        Assert.Equal(10, items.Count);
        Assert.Empty(await db.InventoryDrifts.ToListAsync());
    }
}

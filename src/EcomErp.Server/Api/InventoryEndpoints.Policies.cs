using EcomErp.Commerce.Inventory;
using EcomErp.Commerce.Inventory.Availability;
using EcomErp.Commerce.Inventory.Feed;
using EcomErp.Commerce.Persistence;
using EcomErp.Server.Inventory;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Server.Api;

internal static partial class InventoryEndpoints
{
    public sealed record PolicyRequest(decimal? AllocationShare, double? InTransitHorizonDays, bool AllowBackorders);

    public sealed record AllocationRequest(int? Quantity);

    /// <summary>The furthest ahead a channel may sell stock on its way: a year.</summary>
    private const int MaxHorizonDays = 365;

    /// <summary>Sets how a channel may sell stock. The channels' shares together may not exceed the whole.</summary>
    private static async Task<IResult> PolicyAsync(string channel, PolicyRequest request, InventoryWork work,
        AvailabilityFeed feed, TimeProvider time, CancellationToken ct) => await work.RunAsync(async db =>
    {
        if (!await db.Channels.AnyAsync(c => c.Code == channel, ct))
        {
            return ApiProblems.NotFound($"Channel {channel}");
        }

        var others = await db.ChannelStockPolicies.Where(p => p.ChannelCode != channel)
            .SumAsync(p => p.AllocationShare ?? 0m, ct);
        var problems = new List<(string, string)>();
        if (request.AllocationShare is < 0m or > 1m || others + (request.AllocationShare ?? 0m) > 1m)
        {
            problems.Add(("allocationShare", $"must lie between 0 and {1m - others}: the other channels' " +
                "shares and this one may not add up to more than the whole"));
        }

        if (request.InTransitHorizonDays is < 0 or > MaxHorizonDays)
        {
            problems.Add(("inTransitHorizonDays", $"must lie between 0 and {MaxHorizonDays} days"));
        }

        if (problems.Count > 0)
        {
            return ApiProblems.Fields(StatusCodes.Status422UnprocessableEntity, "The policy is not valid.", problems);
        }

        await db.ChannelStockPolicies.Where(p => p.ChannelCode == channel).ExecuteDeleteAsync(ct);
        var horizon = request.InTransitHorizonDays is { } days ? TimeSpan.FromDays(days) : (TimeSpan?)null;
        db.ChannelStockPolicies.Add(new ChannelStockPolicy(channel, request.AllocationShare, horizon,
            request.AllowBackorders));
        await db.SaveChangesAsync(ct);
        await RepublishAsync(db, await db.Skus.Select(s => s.Code).ToListAsync(ct), feed, time, ct);
        return Results.Ok(new
        {
            channel, request.AllocationShare, inTransitHorizon = horizon, request.AllowBackorders,
        });
    }, ct);

    /// <summary>Sets aside a fixed quantity of a SKU for a channel; never more than the sellable is granted.</summary>
    private static async Task<IResult> AllocationAsync(string channel, string sku, AllocationRequest request,
        InventoryWork work, AvailabilityFeed feed, TimeProvider time, CancellationToken ct) =>
        await work.RunAsync(async db =>
    {
        var item = await db.Skus.AsNoTracking().SingleOrDefaultAsync(s => s.Code == sku, ct);
        if (item is null || !await db.Channels.AnyAsync(c => c.Code == channel, ct))
        {
            return ApiProblems.NotFound(item is null ? $"SKU {sku}" : $"Channel {channel}");
        }

        if (item.IsKit)
        {
            return ApiProblems.Field("sku", "is a kit; allocate its components",
                StatusCodes.Status422UnprocessableEntity);
        }

        // A body without a quantity is refused rather than read as 0, which would silently take the channel's
        // allocation away.
        var problem = request.Quantity switch
        {
            null => "is required: the units to set aside, 0 to set none aside",
            < 0 => "must not be below zero",
            { } units => StockLimits.QuantityProblem(units),
        };
        if (problem is not null)
        {
            return ApiProblems.Field("quantity", problem, StatusCodes.Status422UnprocessableEntity);
        }

        var quantity = request.Quantity!.Value;
        await db.ChannelAllocations.Where(a => a.ChannelCode == channel && a.Sku == sku).ExecuteDeleteAsync(ct);
        db.ChannelAllocations.Add(new ChannelAllocation(channel, sku, quantity));
        await db.SaveChangesAsync(ct);
        await RepublishAsync(db, [sku], feed, time, ct);
        return Results.Ok(new { channel, sku, quantity });
    }, ct);

    /// <summary>Writes an outbox event for each figure of <paramref name="skus"/> that a rule change moved.</summary>
    private static async Task RepublishAsync(CommerceDbContext db, IReadOnlyList<string> skus, AvailabilityFeed feed,
        TimeProvider time, CancellationToken ct)
    {
        var stock = await LockedStock.OpenAsync(db, skus, time.GetUtcNow(), ct);
        await stock.SaveAsync(feed, ct);
    }
}

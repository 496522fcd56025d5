using System.Security.Claims;
using EcomErp.Commerce.Channels.Skus;
using EcomErp.Commerce.Persistence;
using EcomErp.Server.Security;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EcomErp.Server.Api;

/// <summary>
/// A channel's SKU mappings: list, set (create or retarget) and remove. A channel key manages its own.
/// </summary>
internal static class SkuMappingEndpoints
{
    public sealed record MappingRequest(SkuMappingKind? Kind, string? ChannelValue, string? Sku);

    public static void MapSkuMappingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/channels/{channel}/sku-mappings").WithTags("SKU mappings")
            .RequireAuthorization(Policies.Channel);
        group.MapGet("/", ListAsync);
        group.MapPut("/", SetAsync);
        group.MapDelete("/{kind}/{channelValue}", RemoveAsync);
    }

    private static async Task<IResult> ListAsync(string channel, ClaimsPrincipal user, NpgsqlDataSource dataSource,
        CancellationToken ct)
    {
        await using var db = Open(dataSource);
        if (!await VisibleAsync(db, channel, user, ct))
        {
            return ApiProblems.NotFound($"Channel '{channel}'");
        }

        return Results.Ok(await db.SkuMappings.AsNoTracking().Where(m => m.ChannelCode == channel)
            .OrderBy(m => m.Kind).ThenBy(m => m.ChannelValue).ToListAsync(ct));
    }

    private static async Task<IResult> SetAsync(
        string channel,
        MappingRequest request,
        ClaimsPrincipal user,
        NpgsqlDataSource dataSource,
        TimeProvider time,
        CancellationToken ct)
    {
        await using var db = Open(dataSource);
        if (!await VisibleAsync(db, channel, user, ct))
        {
            return ApiProblems.NotFound($"Channel '{channel}'");
        }

        var problems = await ProblemsAsync(db, request, ct);
        if (problems.Count > 0)
        {
            return ApiProblems.Fields(StatusCodes.Status422UnprocessableEntity, "The mapping is not valid.", problems);
        }

        var kind = request.Kind!.Value;
        var existing = await db.SkuMappings.SingleOrDefaultAsync(
            m => m.ChannelCode == channel && m.Kind == kind && m.ChannelValue == request.ChannelValue, ct);
        if (existing is null)
        {
            existing = SkuMapping.Create(channel, kind, request.ChannelValue!, request.Sku!, time.GetUtcNow());
            db.SkuMappings.Add(existing);
        }
        else
        {
            existing.Retarget(request.Sku!, time.GetUtcNow());
        }

        await db.SaveChangesAsync(ct);
        return Results.Ok(existing);
    }

    private static async Task<IResult> RemoveAsync(
        string channel,
        SkuMappingKind kind,
        string channelValue,
        ClaimsPrincipal user,
        NpgsqlDataSource dataSource,
        CancellationToken ct)
    {
        await using var db = Open(dataSource);
        var removed = await VisibleAsync(db, channel, user, ct)
            ? await db.SkuMappings.Where(m => m.ChannelCode == channel && m.Kind == kind
                && m.ChannelValue == channelValue).ExecuteDeleteAsync(ct)
            : 0;
        return removed == 0 ? ApiProblems.NotFound("The SKU mapping") : Results.NoContent();
    }

    private static async Task<List<(string, string)>> ProblemsAsync(CommerceDbContext db, MappingRequest request,
        CancellationToken ct)
    {
        var problems = new List<(string, string)>();
        if (request.Kind is null)
        {
            problems.Add(("kind", $"is required: one of {string.Join(", ", Enum.GetNames<SkuMappingKind>())}"));
        }

        if (string.IsNullOrWhiteSpace(request.ChannelValue) || request.ChannelValue.Length > 128)
        {
            problems.Add(("channelValue", "is required and has at most 128 characters"));
        }

        if (string.IsNullOrWhiteSpace(request.Sku))
        {
            problems.Add(("sku", "is required"));
        }
        else if (!await db.Skus.AnyAsync(s => s.Code == request.Sku, ct))
        {
            problems.Add(("sku", $"'{request.Sku}' is not in the catalogue"));
        }

        return problems;
    }

    private static async Task<bool> VisibleAsync(CommerceDbContext db, string channel, ClaimsPrincipal user,
        CancellationToken ct) =>
        Caller.From(user).ActsFor(channel) && await db.Channels.AnyAsync(c => c.Code == channel, ct);

    private static CommerceDbContext Open(NpgsqlDataSource dataSource) =>
        new(CommerceDatabase.CreateOptions(dataSource));
}

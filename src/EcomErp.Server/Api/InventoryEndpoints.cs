using EcomErp.Commerce.Inventory.SelfCheck;
using System.Security.Claims;
using EcomErp.Server.Inventory;
using EcomErp.Server.Security;

namespace EcomErp.Server.Api;

/// <summary>
/// Stock: reading figures with their terms, the inbound feed from the ERP or WMS, channel policies, and the
/// ledger self-check. <c>GET /api/channels/{channel}/availability</c> is the one channel-scoped endpoint. A
/// warehouse client's key may report receipts, adjustments, movements and snapshots for its own nodes; every
/// other endpoint here is for operations (and the ERP, which integrates with an operations key).
/// </summary>
internal static partial class InventoryEndpoints
{
    public static void MapInventoryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/channels/{channel}/availability", AvailabilityAsync).WithTags("Availability")
            .RequireAuthorization(Policies.Channel);
        var group = app.MapGroup("/api/inventory").WithTags("Inventory");
        group.MapGet("/{sku}", ExplainAsync);
        group.MapPost("/movements", MovementsAsync).RequireAuthorization(Policies.Warehouse);
        group.MapPost("/receipts", ReceiptsAsync).RequireAuthorization(Policies.Warehouse);
        group.MapPost("/adjustments", AdjustmentsAsync).RequireAuthorization(Policies.Warehouse);
        group.MapPost("/transfers", DispatchAsync);
        group.MapPost("/transfers/{reference}/arrivals", ArriveAsync);
        group.MapPost("/snapshots", SnapshotAsync).RequireAuthorization(Policies.Warehouse);
        group.MapGet("/reconciliations/{id:long}", ReconciliationAsync);
        group.MapGet("/drifts", DriftsAsync);
        group.MapPost("/drift-checks", CheckAsync);
        group.MapPut("/channels/{channel}/policy", PolicyAsync);
        group.MapPut("/channels/{channel}/allocations/{sku}", AllocationAsync);
    }

    /// <summary>A channel key reads only its own channel's figures; any other channel answers 404.</summary>
    private static async Task<IResult> AvailabilityAsync(
        string channel,
        string[]? sku,
        ClaimsPrincipal user,
        InventoryQueries queries,
        CancellationToken ct) =>
        Caller.From(user).ActsFor(channel)
            && await queries.AvailabilityAsync(channel, sku is { Length: > 0 } ? sku : null, ct) is { } list
            ? Results.Ok(list)
            : ApiProblems.NotFound($"Channel {channel}");

    private static async Task<IResult> ExplainAsync(string sku, InventoryQueries queries, CancellationToken ct) =>
        await queries.ExplainAsync(sku, ct) is { } explained
            ? Results.Ok(explained)
            : ApiProblems.NotFound($"SKU {sku}");

    private static async Task<IResult> ReconciliationAsync(long id, InventoryQueries queries, CancellationToken ct) =>
        await queries.ReconciliationAsync(id, ct) is { } report
            ? Results.Ok(report)
            : ApiProblems.NotFound($"Reconciliation {id}");

    private static async Task<IResult> DriftsAsync(bool? open, int? limit, InventoryQueries queries,
        CancellationToken ct) =>
        Results.Ok(await queries.DriftsAsync(open ?? true, Math.Clamp(limit ?? 100, 1, 1000), ct));

    private static async Task<IResult> CheckAsync(LedgerCheck check, InventoryWork work, CancellationToken ct)
    {
        var result = await work.RunAsync(db => check.RunAsync(db, ct), ct);
        return Results.Ok(new
        {
            result.Compared,
            drifts = result.Findings,
            opened = result.Opened.Select(drift => drift.Id),
            result.Resolved,
        });
    }
}

using System.Security.Claims;
using EcomErp.Commerce.Orders;
using EcomErp.Server.Intake;
using EcomErp.Server.Orders;
using EcomErp.Server.Security;
using EcomErp.Workflows.Engine;
using EcomErp.Workflows.Messages;

namespace EcomErp.Server.Api;

/// <summary>
/// Orders: intake from channels by API key, reading and cancelling an order, and confirming its shipments. A
/// channel key sees only its own channel's orders; any other answers 404, as if it did not exist.
/// </summary>
internal static class OrderEndpoints
{
    /// <summary>The message a confirmed shipment is sent to the order's workflow as.</summary>
    public const string ShipmentMessage = "shipment.confirmed";

    public sealed record CancelRequest(string? Reason);

    public static void MapOrderEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/channels/{channel}/orders", ReceiveAsync).WithTags("Orders")
            .RequireAuthorization(Policies.Channel);
        var group = app.MapGroup("/api/orders").WithTags("Orders");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.Channel);
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(Policies.Channel);
        group.MapPost("/{id:guid}/cancel", CancelAsync).RequireAuthorization(Policies.Channel);
        group.MapPost("/{id:guid}/shipments", ShipAsync).RequireAuthorization(Policies.Warehouse);
    }

    private static Task<IResult> ReceiveAsync(
        string channel,
        HttpRequest request,
        ClaimsPrincipal user,
        IntakeGate gate,
        CancellationToken ct) =>
        gate.ReceiveWithKeyAsync(channel, Caller.From(user), request, ct);

    private static async Task<IResult> ListAsync(
        string? channel,
        OrderStatus? status,
        int? limit,
        ClaimsPrincipal user,
        OrderQueries orders,
        CancellationToken ct)
    {
        var only = Caller.From(user).OnlyChannel;
        if (only is not null && channel is not null && channel != only)
        {
            return Results.Ok(Array.Empty<object>());
        }

        return Results.Ok(await orders.OrdersAsync(only ?? channel, status, Math.Clamp(limit ?? 100, 1, 1000), ct));
    }

    private static async Task<IResult> GetAsync(
        Guid id,
        ClaimsPrincipal user,
        OrderQueries orders,
        CancellationToken ct)
    {
        var channel = await orders.ChannelOfAsync(id, ct);
        return channel is not null && Caller.From(user).ActsFor(channel)
            && await orders.OrderAsync(id, ct) is { } order
                ? Results.Ok(order)
                : ApiProblems.NotFound($"Order {id}");
    }

    private static async Task<IResult> CancelAsync(
        Guid id,
        CancelRequest? request,
        ClaimsPrincipal user,
        OrderCancellation cancellation,
        CancellationToken ct) =>
        await cancellation.CancelAsync(id, Caller.From(user), request?.Reason, ct);

    private static async Task<IResult> ShipAsync(
        Guid id,
        ShipmentRequest request,
        ClaimsPrincipal user,
        ShipmentCheck check,
        WorkflowEngine engine,
        CancellationToken ct)
    {
        if (!Caller.From(user).ShipsFrom(request.NodeCode))
        {
            return ApiProblems.Fields(StatusCodes.Status403Forbidden, "This key may not ship from that node.",
                [("nodeCode", $"'{request.NodeCode}' is not one of this warehouse client's nodes")]);
        }

        switch (await check.CheckAsync(id, request, ct))
        {
            case ShipmentVerdict.Refused refused:
                return refused.Response;
            case ShipmentVerdict.AlreadyRecorded:
                return await ShippedAsync(id, duplicate: true, check, ct);
        }

        var result = await engine.PublishMessageAsync(new MessagePublication(
            ShipmentMessage, id.ToString(), request.ToPayload(), $"{id}:{request.TrackingNumber}"), ct);
        return result.Outcome == CorrelationOutcome.NotCorrelated
            ? Results.Problem(
                title: $"Order {id}'s workflow is not waiting for a shipment right now; nothing was recorded. " +
                    "Its last step may be stuck on an incident (GET /api/incidents); send the shipment again once " +
                    "it is resolved.",
                statusCode: StatusCodes.Status409Conflict)
            : await ShippedAsync(id, result.Outcome == CorrelationOutcome.Duplicate, check, ct);
    }

    private static async Task<IResult> ShippedAsync(
        Guid id, bool duplicate, ShipmentCheck check, CancellationToken ct) =>
        Results.Ok(new { orderId = id, duplicate, status = await check.StatusAsync(id, ct) });
}

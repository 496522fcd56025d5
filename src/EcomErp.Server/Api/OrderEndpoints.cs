using EcomErp.Commerce.Orders;
using EcomErp.Server.Intake;
using EcomErp.Server.Orders;
using EcomErp.Workflows.Engine;
using EcomErp.Workflows.Messages;

namespace EcomErp.Server.Api;

/// <summary>Orders: intake from channels, reading an order, and confirming its shipments.</summary>
internal static class OrderEndpoints
{
    public static void MapOrderEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/channels/{channel}/orders", ReceiveAsync).WithTags("Orders");
        var group = app.MapGroup("/api/orders").WithTags("Orders");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPost("/{id:guid}/shipments", ShipAsync);
    }

    private static async Task<IResult> ReceiveAsync(string channel, HttpRequest request, OrderIntake intake, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        var outcome = await intake.AcceptAsync(channel, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ct);
        return outcome switch
        {
            IntakeOutcome.Refused refused => ApiProblems.Fields(refused.Status, refused.Title, refused.Problems),
            IntakeOutcome.Accepted { Created: true } accepted =>
                Results.Created($"/api/orders/{accepted.OrderId}", Body(accepted)),
            IntakeOutcome.Accepted accepted => Results.Ok(Body(accepted)),
            _ => throw new InvalidOperationException("Unknown intake outcome."),
        };
    }

    private static object Body(IntakeOutcome.Accepted accepted) => new
    {
        orderId = accepted.OrderId,
        instanceId = accepted.InstanceId,
        status = accepted.Status,
        duplicate = !accepted.Created,
    };

    private static async Task<IResult> ListAsync(string? channel, OrderStatus? status, int? limit, OrderQueries orders,
        CancellationToken ct) =>
        Results.Ok(await orders.OrdersAsync(channel, status, Math.Clamp(limit ?? 100, 1, 1000), ct));

    private static async Task<IResult> GetAsync(Guid id, OrderQueries orders, CancellationToken ct) =>
        await orders.OrderAsync(id, ct) is { } order ? Results.Ok(order) : ApiProblems.NotFound($"Order {id}");

    private static async Task<IResult> ShipAsync(
        Guid id,
        ShipmentRequest request,
        ShipmentCheck check,
        WorkflowEngine engine,
        CancellationToken ct)
    {
        var refusal = await check.RefusalAsync(id, request, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var result = await engine.PublishMessageAsync(new MessagePublication(
            "shipment.confirmed", id.ToString(), request.ToPayload(), $"{id}:{request.TrackingNumber}"), ct);
        return Results.Ok(new
        {
            orderId = id,
            duplicate = result.Outcome == CorrelationOutcome.Duplicate,
            status = await check.StatusAsync(id, ct),
        });
    }
}

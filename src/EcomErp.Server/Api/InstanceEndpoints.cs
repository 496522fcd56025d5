using System.Text.Json.Nodes;
using EcomErp.Server.Orders;
using EcomErp.Workflows.Engine;
using EcomErp.Workflows.Persistence;
using EcomErp.Workflows.Queries;

namespace EcomErp.Server.Api;

/// <summary>Process instances: start one by hand, list and inspect them, cancel one.</summary>
internal static class InstanceEndpoints
{
    public sealed record StartRequest(string? BusinessKey, JsonObject? Variables);

    public sealed record CancelRequest(string? Reason);

    public static void MapInstanceEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/workflows/{key}/instances", StartAsync).WithTags("Instances");
        var group = app.MapGroup("/api/instances").WithTags("Instances");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPost("/{id:guid}/cancel", CancelAsync);
    }

    private static async Task<IResult> StartAsync(
        string key,
        StartRequest? request,
        WorkflowEngine engine,
        CancellationToken ct)
    {
        var variables = request?.Variables?.ToDictionary(p => p.Key, p => p.Value?.DeepClone()) ?? [];
        var started = await engine.StartAsync(key, new StartOptions(request?.BusinessKey, variables), ct);
        return Results.Created($"/api/instances/{started.InstanceId}", started);
    }

    private static async Task<IResult> ListAsync(
        InstanceStatus? status,
        string? processKey,
        string? businessKey,
        int? limit,
        WorkflowQueries queries,
        CancellationToken ct) =>
        Results.Ok(await queries.InstancesAsync(
            status, processKey, businessKey, Math.Clamp(limit ?? 100, 1, 1000), ct));

    private static async Task<IResult> GetAsync(Guid id, WorkflowQueries queries, CancellationToken ct) =>
        await queries.InstanceAsync(id, ct) is { } detail
            ? Results.Ok(detail)
            : ApiProblems.NotFound($"Instance {id}");

    /// <summary>
    /// Cancels an instance. An order's lifecycle instance is refused: cancelling it alone would leave the order's
    /// stock held; the order's own cancellation runs the workflow's cancellation path instead.
    /// </summary>
    private static async Task<IResult> CancelAsync(
        Guid id,
        CancelRequest? request,
        WorkflowEngine engine,
        OrderQueries orders,
        CancellationToken ct)
    {
        if (await orders.OrderRunByAsync(id, ct) is { } orderId)
        {
            return Results.Problem(
                title: $"Instance {id} runs order {orderId}; cancel the order with " +
                    $"POST /api/orders/{orderId}/cancel, which releases its stock through the workflow's " +
                    "cancellation path.",
                statusCode: StatusCodes.Status409Conflict);
        }

        await engine.CancelInstanceAsync(id, request?.Reason ?? "cancelled through the API", ct);
        return Results.NoContent();
    }
}

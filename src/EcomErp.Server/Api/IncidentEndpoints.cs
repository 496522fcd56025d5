using System.Text.Json.Nodes;
using EcomErp.Workflows.Engine;
using EcomErp.Workflows.Queries;

namespace EcomErp.Server.Api;

/// <summary>Incidents: what is stuck, and retrying it once the cause is fixed.</summary>
internal static class IncidentEndpoints
{
    public sealed record RetryRequest(JsonObject? Variables, string? RetriedBy);

    public static void MapIncidentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/incidents").WithTags("Incidents");
        group.MapGet("/", ListAsync);
        group.MapPost("/{id:guid}/retry", RetryAsync);
    }

    private static async Task<IResult> ListAsync(
        bool? open,
        int? limit,
        WorkflowQueries queries,
        CancellationToken ct) =>
        Results.Ok(await queries.IncidentsAsync(open ?? true, Math.Clamp(limit ?? 100, 1, 1000), ct));

    private static async Task<IResult> RetryAsync(
        Guid id,
        RetryRequest? request,
        WorkflowEngine engine,
        CancellationToken ct)
    {
        var variables = request?.Variables?.ToDictionary(p => p.Key, p => p.Value?.DeepClone()) ?? [];
        await engine.RetryIncidentAsync(id, variables, request?.RetriedBy ?? "api", ct);
        return Results.NoContent();
    }
}

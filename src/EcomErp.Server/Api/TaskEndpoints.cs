using System.Text.Json.Nodes;
using EcomErp.Workflows.Engine;
using EcomErp.Workflows.Persistence;
using EcomErp.Workflows.Queries;
using EcomErp.Workflows.Tasks;

namespace EcomErp.Server.Api;

/// <summary>Human tasks: the inbox, one task, and completing it with an outcome.</summary>
internal static class TaskEndpoints
{
    public sealed record CompleteRequest(string? Outcome, string? Comment, string? CompletedBy, JsonObject? Variables);

    public static void MapTaskEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tasks").WithTags("Tasks");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPost("/{id:guid}/complete", CompleteAsync);
    }

    private static async Task<IResult> ListAsync(
        UserTaskStatus? status,
        string? businessKey,
        int? limit,
        WorkflowQueries queries,
        CancellationToken ct) =>
        Results.Ok(await queries.TasksAsync(
            status ?? UserTaskStatus.Open, businessKey, Math.Clamp(limit ?? 100, 1, 1000), ct));

    private static async Task<IResult> GetAsync(Guid id, WorkflowQueries queries, CancellationToken ct) =>
        await queries.TaskAsync(id, ct) is { } task ? Results.Ok(task) : ApiProblems.NotFound($"Task {id}");

    private static async Task<IResult> CompleteAsync(
        Guid id,
        CompleteRequest request,
        WorkflowEngine engine,
        WorkflowQueries queries,
        CancellationToken ct)
    {
        var task = await queries.TaskAsync(id, ct);
        if (task is null)
        {
            return ApiProblems.NotFound($"Task {id}");
        }

        if (task.Outcomes.Count > 0 && !task.Outcomes.Contains(request.Outcome ?? ""))
        {
            return ApiProblems.Field("outcome",
                $"must be one of {string.Join(", ", task.Outcomes.Select(o => $"'{o}'"))}",
                StatusCodes.Status422UnprocessableEntity);
        }

        var variables = request.Variables?.ToDictionary(p => p.Key, p => p.Value?.DeepClone()) ?? [];
        await engine.CompleteUserTaskAsync(id,
            new UserTaskCompletion(request.Outcome, request.Comment, request.CompletedBy ?? "api", variables), ct);
        return Results.Ok(await queries.TaskAsync(id, ct));
    }
}

using EcomErp.Workflows.Engine;
using EcomErp.Workflows.Publishing;

namespace EcomErp.Server.Api;

/// <summary>Definitions: validate, keep a draft, publish versions, list them and download their XML.</summary>
internal static class WorkflowEndpoints
{
    public static void MapWorkflowEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/workflows").WithTags("Workflows");
        group.MapPost("/validate", ValidateAsync);
        group.MapPost("/", SaveDraftAsync);
        group.MapPost("/{key}/publish", PublishDraftAsync);
        group.MapPost("/publish", PublishXmlAsync);
        group.MapGet("/", ListAsync);
        group.MapGet("/{key}/versions", VersionsAsync);
        group.MapGet("/{key}/xml", XmlAsync);
    }

    private static async Task<IResult> ValidateAsync(HttpRequest request, WorkflowEngine engine, CancellationToken ct)
    {
        var parsed = engine.Definitions.Validate(await RequestBody.ReadTextAsync(request, ct));
        return parsed.IsValid
            ? Results.Ok(new { valid = true, processes = parsed.Processes.Select(p => p.Key) })
            : ApiProblems.Bpmn(parsed.Problems);
    }

    private static async Task<IResult> SaveDraftAsync(HttpRequest request, WorkflowEngine engine, CancellationToken ct)
    {
        var xml = await RequestBody.ReadTextAsync(request, ct);
        var key = await engine.Definitions.SaveDraftAsync(xml, ct);
        var problems = engine.Definitions.Validate(xml).Problems;
        return Results.Created($"/api/workflows/{key}/xml?draft=true", new { key, draft = true, problems });
    }

    private static async Task<IResult> PublishDraftAsync(string key, WorkflowEngine engine, CancellationToken ct) =>
        Published(await engine.Definitions.PublishDraftAsync(key, ct));

    private static async Task<IResult> PublishXmlAsync(
        HttpRequest request,
        WorkflowEngine engine,
        CancellationToken ct) =>
        Published(await engine.Definitions.PublishAsync(await RequestBody.ReadTextAsync(request, ct), "api", ct));

    private static IResult Published(PublishResult result) =>
        result.Succeeded
            ? Results.Ok(new { versions = result.Versions })
            : ApiProblems.Bpmn(result.Problems);

    private static async Task<IResult> ListAsync(WorkflowEngine engine, CancellationToken ct) =>
        Results.Ok(await engine.Definitions.ListAsync(ct));

    private static async Task<IResult> VersionsAsync(string key, WorkflowEngine engine, CancellationToken ct)
    {
        var versions = await engine.Definitions.VersionsAsync(key, ct);
        return versions.Count == 0
            ? ApiProblems.NotFound($"Process '{key}'")
            : Results.Ok(versions.Select(v => new
            {
                v.Key,
                v.Version,
                v.Name,
                v.PublishedAt,
                v.Source,
                v.ContentHash,
            }));
    }

    private static async Task<IResult> XmlAsync(
        string key,
        int? version,
        bool? draft,
        WorkflowEngine engine,
        CancellationToken ct)
    {
        var xml = await engine.Definitions.XmlAsync(key, version, draft ?? false, ct);
        return xml is null
            ? ApiProblems.NotFound(draft == true ? $"A draft of '{key}'" : $"Process '{key}' version {version}")
            : Results.Text(xml, "application/xml");
    }
}

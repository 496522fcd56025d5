using System.Text.Json;
using EcomErp.Workflows.Engine;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;

namespace EcomErp.Server.Api;

/// <summary>
/// The one place failures become HTTP responses: refused requests get a problem naming the reason (and the
/// field, for unreadable JSON); anything unexpected is logged once and answered with 500 so callers retry.
/// </summary>
internal sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        // The handler runs with the endpoint cleared; the feature keeps the one that failed.
        var endpoint = context.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        var result = exception switch
        {
            WorkflowRequestException refused => ApiProblems.From(refused),
            BadHttpRequestException { InnerException: JsonException json } =>
                ApiProblems.Unreadable(json, endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType),
            BadHttpRequestException bad when IsMissingBody(bad) => ApiProblems.Field("$", "a JSON body is required"),
            BadHttpRequestException bad
                when RequestFields.Parameter(endpoint, bad.Message) is { } field =>
                ApiProblems.Field(field.Field, field.Reason),
            BadHttpRequestException bad => Results.Problem(title: bad.Message, statusCode: bad.StatusCode),
            _ => null,
        };
        if (result is null)
        {
            logger.LogError(exception, "Request {Method} {Path} failed", context.Request.Method, context.Request.Path);
            result = Results.Problem(
                title: "The request failed on the server; nothing was half-written. Try again.",
                statusCode: StatusCodes.Status500InternalServerError);
        }

        await result.ExecuteAsync(context);
        return true;
    }

    /// <summary>The framework's words for a request without the body its endpoint reads.</summary>
    private static bool IsMissingBody(BadHttpRequestException bad) =>
        bad.Message.Contains("no body was provided", StringComparison.Ordinal)
        || bad.Message.Contains("was not provided from body", StringComparison.Ordinal);
}

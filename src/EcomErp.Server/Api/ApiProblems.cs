using System.Text.Json;
using EcomErp.Workflows.Definitions;
using EcomErp.Workflows.Engine;

namespace EcomErp.Server.Api;

/// <summary>
/// Problem-details responses (RFC 9457) for the whole API. Field problems name every field and reason at
/// once under <c>errors</c>; workflow validation lists each problem with element id, type and line.
/// </summary>
internal static partial class ApiProblems
{
    public static IResult Fields(int status, string title, IEnumerable<(string Field, string Reason)> problems) =>
        Results.Problem(
            title: title,
            statusCode: status,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = ErrorMap(problems),
            });

    /// <summary>The reasons of each field, keyed by the field's path, as <c>errors</c> lists them.</summary>
    public static Dictionary<string, string[]> ErrorMap(IEnumerable<(string Field, string Reason)> problems) =>
        problems
            .GroupBy(p => p.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Reason).ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// A body that could not be read as <paramref name="body"/>. A value of the wrong kind is named by its path and
    /// told what the field must hold instead of the serializer's words, which name .NET types. A body that is not
    /// JSON at all is named <c>$</c> with the line and byte where the parser stopped: the path there (<c>lines[1]</c>
    /// after a trailing comma) names no field the caller sent.
    /// </summary>
    public static IResult Unreadable(JsonException json, Type? body)
    {
        ArgumentNullException.ThrowIfNull(json);
        var words = json.Message.Split(" Path:")[0];
        if (json.InnerException is JsonException)
        {
            return Field("$", $"is not valid JSON (line {json.LineNumber + 1}, byte {json.BytePositionInLine + 1}): " +
                words);
        }

        if (words.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            var target = RequestFields.JsonTarget(body, json.Path);
            return Field(JsonField(json),
                target is not null ? RequestFields.Expectation(target) : "is not a value this field can take");
        }

        return Field(JsonField(json), $"is not valid JSON for this field: {words}");
    }

    /// <summary>Where a JSON reader stopped, as a caller writes it: <c>lines[0].quantity</c>, or <c>$</c>.</summary>
    private static string JsonField(JsonException json) =>
        string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "$" : json.Path.TrimStart('$', '.');

    public static IResult Field(string field, string reason, int status = StatusCodes.Status400BadRequest) =>
        Fields(status, "The request is not valid.", [(field, reason)]);

    public static IResult Bpmn(IEnumerable<ValidationProblem> problems) =>
        Results.Problem(
            title: "The workflow cannot be published.",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?>
            {
                ["problems"] = problems.Select(p => new
                {
                    elementId = p.ElementId,
                    elementType = p.ElementType,
                    line = p.Line,
                    message = p.Message,
                }).ToArray(),
            });

    public static IResult From(WorkflowRequestException error) => Results.Problem(
        title: error.Message,
        statusCode: error.Error switch
        {
            WorkflowRequestError.NotFound => StatusCodes.Status404NotFound,
            WorkflowRequestError.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status422UnprocessableEntity,
        });

    public static IResult NotFound(string what) =>
        Results.Problem(title: $"{what} was not found.", statusCode: StatusCodes.Status404NotFound);
}

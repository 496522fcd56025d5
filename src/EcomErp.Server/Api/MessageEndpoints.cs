using System.Text.Json.Nodes;
using EcomErp.Workflows.Engine;
using EcomErp.Workflows.Messages;
using EcomErp.Workflows.Timers;

namespace EcomErp.Server.Api;

/// <summary>Publishes messages to waiting instances (or buffers them until something waits).</summary>
internal static class MessageEndpoints
{
    public sealed record MessageRequest(
        string? Name,
        string? CorrelationKey,
        JsonObject? Payload,
        string? MessageId,
        string? TimeToLive);

    public static void MapMessageEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/messages", PublishAsync).WithTags("Messages");

    private static async Task<IResult> PublishAsync(MessageRequest request, WorkflowEngine engine, CancellationToken ct)
    {
        var problems = Validate(request, engine.Options.MaxMessageTimeToLive, out var ttl).ToList();
        if (problems.Count > 0)
        {
            return ApiProblems.Fields(StatusCodes.Status400BadRequest, "The message is not valid.", problems);
        }

        var publication = new MessagePublication(
            request.Name!, request.CorrelationKey ?? "", request.Payload, request.MessageId, ttl);
        var result = await engine.PublishMessageAsync(publication, ct);
        return result.Outcome switch
        {
            CorrelationOutcome.NotCorrelated => Results.Problem(
                title: $"No instance waits for message '{request.Name}' with correlation key " +
                    $"'{request.CorrelationKey}', and the message has no timeToLive, so it was dropped.",
                statusCode: StatusCodes.Status404NotFound),
            CorrelationOutcome.Buffered => Results.Accepted(value: result),
            _ => Results.Ok(result),
        };
    }

    private static IEnumerable<(string Field, string Reason)> Validate(
        MessageRequest request,
        TimeSpan longest,
        out TimeSpan ttl)
    {
        ttl = TimeSpan.Zero;
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            problems.Add(("name", "is required"));
        }

        if (request.TimeToLive is { } text)
        {
            if (IsoDuration.TryParse(text, out var duration) && IsAtMost(duration, longest))
            {
                ttl = duration.ToApproximateTimeSpan();
            }
            else if (duration is not null)
            {
                problems.Add(("timeToLive", $"'{text}' is longer than the longest time a message is kept, " +
                    $"{longest.TotalDays:0} days"));
            }
            else
            {
                problems.Add(("timeToLive", $"'{text}' is not an ISO-8601 duration such as PT1H"));
            }
        }

        return problems;
    }

    /// <summary>Compared in days first, so that a duration of thousands of years cannot overflow a TimeSpan.</summary>
    private static bool IsAtMost(IsoDuration duration, TimeSpan longest) =>
        (duration.Years * 366L) + (duration.Months * 31L) + duration.Days <= (long)longest.TotalDays + 1
        && duration.ToApproximateTimeSpan() <= longest;
}

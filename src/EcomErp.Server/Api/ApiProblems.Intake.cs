using EcomErp.Commerce.Channels;

namespace EcomErp.Server.Api;

internal static partial class ApiProblems
{
    /// <summary>Field problems of a refused payload, with the intake log record that keeps it.</summary>
    public static IResult Intake(int status, string title, IEnumerable<FieldProblem> problems, long intakeId) =>
        Results.Problem(
            title: title,
            statusCode: status,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = ErrorMap(problems.Select(p => (p.Field, p.Reason))),
                ["intakeId"] = intakeId,
            });

    /// <summary>A payload that failed on the server; the channel should send it again.</summary>
    public static IResult IntakeFailed(long intakeId) => Results.Problem(
        title: "The payload could not be processed on the server; nothing was half-written. Send it again.",
        statusCode: StatusCodes.Status500InternalServerError,
        extensions: new Dictionary<string, object?> { ["intakeId"] = intakeId });

    /// <summary>A payload refused before it was trusted: bad signature, too large, too many.</summary>
    public static IResult IntakeRefused(int status, string title, long intakeId) => Results.Problem(
        title: title,
        statusCode: status,
        extensions: new Dictionary<string, object?> { ["intakeId"] = intakeId });
}

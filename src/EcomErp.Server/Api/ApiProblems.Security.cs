namespace EcomErp.Server.Api;

internal static partial class ApiProblems
{
    public static IResult Forbidden(string title) =>
        Results.Problem(title: title, statusCode: StatusCodes.Status403Forbidden);

    public static IResult TooManyRequests(int retryAfterSeconds) => Results.Problem(
        title: "This key has used up its requests for the minute.",
        detail: $"Try again in {retryAfterSeconds} seconds.",
        statusCode: StatusCodes.Status429TooManyRequests);
}

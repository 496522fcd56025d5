using Npgsql;

namespace EcomErp.Server.Api;

/// <summary><c>GET /health</c>: whether the database answers, and how fast.</summary>
internal static class HealthEndpoints
{
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", CheckAsync).WithTags("Health").AllowAnonymous();

    private static async Task<IResult> CheckAsync(NpgsqlDataSource dataSource, TimeProvider time, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(ct);
            var elapsed = time.GetElapsedTime(started);
            return Results.Ok(new
            {
                status = "healthy",
                database = new { reachable = true, latencyMs = elapsed.TotalMilliseconds },
            });
        }
        catch (NpgsqlException error)
        {
            return Results.Json(
                new { status = "unhealthy", database = new { reachable = false, error = error.Message } },
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}

using System.Globalization;
using EcomErp.Commerce.Credentials;
using EcomErp.Commerce.Persistence;
using EcomErp.Server.Api;
using Npgsql;

namespace EcomErp.Server.Security;

/// <summary>Fixed one-minute windows per caller, counted in the <c>rate_windows</c> table.</summary>
internal sealed class RateLimiter(NpgsqlDataSource dataSource, TimeProvider time)
{
    /// <summary>Counts one request; the seconds to wait when it is over <paramref name="limit"/>, else null.</summary>
    public async Task<int?> RetryAfterAsync(string caller, int limit, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var window = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero);
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(dataSource));
        var count = await RateWindows.CountAsync(db, caller, window, ct);
        return count <= limit ? null : (int)Math.Ceiling((window.AddMinutes(1) - now).TotalSeconds);
    }

    public static IResult Refusal(HttpContext context, int retryAfterSeconds)
    {
        context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return ApiProblems.TooManyRequests(retryAfterSeconds);
    }
}

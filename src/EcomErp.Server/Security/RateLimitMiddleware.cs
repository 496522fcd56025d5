using Microsoft.Extensions.Options;

namespace EcomErp.Server.Security;

/// <summary>
/// Limits each API key to its requests per minute, counted in PostgreSQL so that the limit holds across every
/// server process. A request over the limit is answered 429 with the seconds until the next window.
/// </summary>
internal sealed class RateLimitMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, RateLimiter limiter, IOptions<SecurityOptions> options)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            await next(context);
            return;
        }

        var caller = Caller.From(context.User);
        var limit = caller.RequestsPerMinute ?? options.Value.RequestsPerMinute;
        var retryAfter = await limiter.RetryAfterAsync($"key:{caller.KeyId}", limit, context.RequestAborted);
        if (retryAfter is { } seconds)
        {
            await RateLimiter.Refusal(context, seconds).ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}

using EcomErp.Server.Hosting;
using Microsoft.AspNetCore.Authentication;

namespace EcomErp.Server.Security;

internal static class SecurityRegistration
{
    /// <summary>API key authentication, the policies, the shared rate limiter and the start-up key bootstrap.</summary>
    public static IServiceCollection AddEcomErpSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.Section));
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(
                ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(Policies.Add);
        services.AddSingleton<RateLimiter>();
        services.AddSingleton<ISchemaMigrator, KeyBootstrap>();
        return services;
    }

    /// <summary>Authenticates, authorises and rate-limits every request that reaches an endpoint.</summary>
    public static WebApplication UseEcomErpSecurity(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<RateLimitMiddleware>();
        return app;
    }
}

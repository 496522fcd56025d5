using System.Text.Encodings.Web;
using EcomErp.Commerce.Credentials;
using EcomErp.Commerce.Persistence;
using EcomErp.Server.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace EcomErp.Server.Security;

/// <summary>
/// Authenticates a request by the API key in <c>Authorization: Bearer ek_…</c> or <c>X-Api-Key</c>: the key id finds
/// the key, and the secret must hash to the stored hash. A revoked or expired key is refused.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    NpgsqlDataSource dataSource,
    TimeProvider time) : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string KeyHeader = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = Token();
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        if (!ApiKeyToken.TryParse(token, out var keyId, out var secret))
        {
            return AuthenticateResult.Fail("The API key is not shaped like ek_<id>_<secret>.");
        }

        var caller = await FindAsync(keyId, secret);
        return caller is null
            ? AuthenticateResult.Fail("The API key is unknown, revoked or expired.")
            : AuthenticateResult.Success(new AuthenticationTicket(caller.ToPrincipal(SchemeName), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Results.Problem(
            title: "An API key is required: send it as 'Authorization: Bearer <key>' or in X-Api-Key.",
            detail: Context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Failure?.Message,
            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(Context);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.Forbidden("This API key may not use this endpoint.").ExecuteAsync(Context);

    private string? Token()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        var key = Request.Headers[KeyHeader].ToString();
        return key.Length == 0 ? null : key.Trim();
    }

    private async Task<Caller?> FindAsync(string keyId, string secret)
    {
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(dataSource));
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.KeyId == keyId, Context.RequestAborted);
        if (key is null || !key.Matches(secret) || !key.IsActiveAt(time.GetUtcNow()))
        {
            return null;
        }

        var nodes = key.Kind == PrincipalKind.Warehouse
            ? await db.WarehouseClients.AsNoTracking().Where(c => c.Code == key.Principal)
                .Select(c => c.Nodes).SingleOrDefaultAsync(Context.RequestAborted) ?? []
            : [];
        return new Caller(key.KeyId, key.Kind, key.Principal, nodes.ToHashSet(StringComparer.Ordinal),
            key.RequestsPerMinute);
    }
}

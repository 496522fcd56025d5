using System.Globalization;
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
/// the key, and the secret must hash to the stored hash. A revoked or expired key is refused, saying which.
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

        var (caller, refusal) = await FindAsync(keyId, secret);
        return caller is null
            ? AuthenticateResult.Fail(refusal!)
            : AuthenticateResult.Success(new AuthenticationTicket(caller.ToPrincipal(SchemeName), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // The request's feature holds only a successful result, so the refusal is read from this handler's own.
        var refusal = (await HandleAuthenticateOnceSafeAsync()).Failure?.Message;
        Response.Headers.WWWAuthenticate = refusal is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        await Results.Problem(
            title: refusal is null
                ? "An API key is required: send it as 'Authorization: Bearer <key>' or in X-Api-Key."
                : "The API key was refused.",
            detail: refusal,
            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(Context);
    }

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

    /// <summary>The caller the key stands for, or why the key is refused.</summary>
    private async Task<(Caller? Caller, string? Refusal)> FindAsync(string keyId, string secret)
    {
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(dataSource));
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.KeyId == keyId, Context.RequestAborted);
        var refusal = Refusal(key, secret);
        if (key is null || refusal is not null)
        {
            return (null, refusal);
        }

        var nodes = key.Kind == PrincipalKind.Warehouse
            ? await db.WarehouseClients.AsNoTracking().Where(c => c.Code == key.Principal)
                .Select(c => c.Nodes).SingleOrDefaultAsync(Context.RequestAborted) ?? []
            : [];
        return (new Caller(key.KeyId, key.Kind, key.Principal, nodes.ToHashSet(StringComparer.Ordinal),
            key.RequestsPerMinute), null);
    }

    // A wrong secret reads the same as an unknown id, so that guessing cannot tell which key ids exist; whether
    // a key was revoked or has expired is said only to a caller that holds its secret.
    private string? Refusal(ApiKey? key, string secret)
    {
        if (key is null || !key.Matches(secret))
        {
            return "The API key is unknown: no key has this id and secret. Check that the whole key was sent.";
        }

        var now = time.GetUtcNow();
        return key.RevokedAt is { } revoked
            ? $"The API key was revoked at {Stamp(revoked)}; ask operations for a new one."
            : key.ExpiresAt is { } expires && expires <= now
                ? $"The API key expired at {Stamp(expires)}; ask operations for a new one."
                : null;
    }

    private static string Stamp(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

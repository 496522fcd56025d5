using EcomErp.Commerce.Credentials;
using EcomErp.Commerce.Persistence;
using EcomErp.Server.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace EcomErp.Server.Security;

/// <summary>
/// Makes sure someone can call the API after start-up: stores the configured bootstrap operations key, and in a
/// demo database without any operations key issues one and logs it once.
/// </summary>
internal sealed class KeyBootstrap(
    NpgsqlDataSource dataSource,
    IOptions<SecurityOptions> security,
    IOptions<ServerOptions> server,
    TimeProvider time,
    ILogger<KeyBootstrap> logger) : ISchemaMigrator
{
    public async Task MigrateAsync(CancellationToken ct)
    {
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(dataSource));
        if (security.Value.BootstrapOperationsKey is { Length: > 0 } token)
        {
            await StoreBootstrapKeyAsync(db, token, ct);
        }

        if (server.Value.SeedDemoData && !await db.ApiKeys.AnyAsync(k => k.Kind == PrincipalKind.Operations, ct))
        {
            var (key, demoToken) = ApiKey.Issue(
                new ApiKeyRequest(PrincipalKind.Operations, "demo", "Demo operations key from the dev seed"),
                time.GetUtcNow());
            db.ApiKeys.Add(key);
            await db.SaveChangesAsync(ct);
            logger.LogWarning("Demo operations API key, shown this once (send it as 'Authorization: Bearer <key>'; " +
                "revoke it with POST /api/keys/{ApiKeyId}/revoke): {DemoApiKey}", key.Id, demoToken);
        }
    }

    private async Task StoreBootstrapKeyAsync(CommerceDbContext db, string token, CancellationToken ct)
    {
        if (!ApiKeyToken.TryParse(token, out var keyId, out var secret))
        {
            throw new InvalidOperationException(
                $"{SecurityOptions.Section}:BootstrapOperationsKey is not shaped like ek_<16 hex digits>_<secret>.");
        }

        if (await db.ApiKeys.AnyAsync(k => k.KeyId == keyId, ct))
        {
            return;
        }

        db.ApiKeys.Add(ApiKey.Adopt(keyId, secret,
            new ApiKeyRequest(PrincipalKind.Operations, "bootstrap", "Bootstrap operations key"), time.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Stored the configured bootstrap operations key {KeyId}", keyId);
    }
}

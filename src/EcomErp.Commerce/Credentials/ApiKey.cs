using System.Security.Cryptography;

namespace EcomErp.Commerce.Credentials;

/// <summary>
/// A credential for the API, stored as a hash. A principal may hold several active keys, each with an optional
/// expiry, so that a new key can be rolled out before the old one is revoked.
/// </summary>
public sealed class ApiKey
{
    private ApiKey()
    {
    }

    /// <summary>The key's id in the API.</summary>
    public Guid Id { get; private set; }

    /// <summary>The public part of the token that finds the key.</summary>
    public string KeyId { get; private set; } = "";

    /// <summary>The SHA-256 of the token's secret part.</summary>
    public byte[] SecretHash { get; private set; } = [];

    /// <summary>Who the key speaks for.</summary>
    public PrincipalKind Kind { get; private set; }

    /// <summary>The channel code or warehouse client code it speaks for; a name for operations keys.</summary>
    public string Principal { get; private set; } = "";

    /// <summary>A label for people, such as "Shopify app, 2026 rotation".</summary>
    public string Name { get; private set; } = "";

    /// <summary>Requests a minute the key may make; null for the server's default.</summary>
    public int? RequestsPerMinute { get; private set; }

    /// <summary>When it was issued.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When it stops working by itself, if ever.</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    /// <summary>When it was revoked.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Issues a key; the token is shown once and never stored.</summary>
    public static (ApiKey Key, string Token) Issue(ApiKeyRequest request, DateTimeOffset now)
    {
        var (keyId, secret, token) = ApiKeyToken.Generate();
        return (Adopt(keyId, secret, request, now), token);
    }

    /// <summary>
    /// Stores a key whose token was made elsewhere, such as the bootstrap key in the configuration.
    /// </summary>
    public static ApiKey Adopt(string keyId, string secret, ApiKeyRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Principal);
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        return new ApiKey
        {
            Id = Guid.CreateVersion7(now),
            KeyId = keyId,
            SecretHash = ApiKeyToken.Hash(secret),
            Kind = request.Kind,
            Principal = request.Principal,
            Name = request.Name ?? $"{request.Kind} key for {request.Principal}",
            RequestsPerMinute = request.RequestsPerMinute,
            CreatedAt = now.ToUniversalTime(),
            ExpiresAt = request.ExpiresAt?.ToUniversalTime(),
        };
    }

    /// <summary>Whether the key works at <paramref name="now"/>: not revoked and not expired.</summary>
    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    /// <summary>Whether <paramref name="secret"/> is this key's secret, compared in constant time.</summary>
    public bool Matches(string secret) => CryptographicOperations.FixedTimeEquals(ApiKeyToken.Hash(secret), SecretHash);

    /// <summary>Stops the key working; revoking twice keeps the first time.</summary>
    public void Revoke(DateTimeOffset now) => RevokedAt ??= now.ToUniversalTime();
}

namespace EcomErp.Commerce.Credentials;

/// <summary>What a new API key is for.</summary>
/// <param name="Kind">Who it speaks for.</param>
/// <param name="Principal">The channel or warehouse client code, or a name for an operations key.</param>
/// <param name="Name">A label for people.</param>
/// <param name="ExpiresAt">When it stops working by itself.</param>
/// <param name="RequestsPerMinute">Its own rate limit, instead of the server's default.</param>
public sealed record ApiKeyRequest(
    PrincipalKind Kind,
    string Principal,
    string? Name = null,
    DateTimeOffset? ExpiresAt = null,
    int? RequestsPerMinute = null);

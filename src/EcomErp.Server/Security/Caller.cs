using System.Globalization;
using System.Security.Claims;
using EcomErp.Commerce.Credentials;

namespace EcomErp.Server.Security;

/// <summary>Who is calling, as the API key in the request says.</summary>
/// <param name="KeyId">The key's public id.</param>
/// <param name="Kind">Who the key speaks for.</param>
/// <param name="Principal">The channel or warehouse client code, or the operations key's name.</param>
/// <param name="Nodes">The nodes of a warehouse client.</param>
/// <param name="RequestsPerMinute">The key's own rate limit, if it has one.</param>
internal sealed record Caller(
    string KeyId,
    PrincipalKind Kind,
    string Principal,
    IReadOnlySet<string> Nodes,
    int? RequestsPerMinute)
{
    public bool IsOperations => Kind == PrincipalKind.Operations;

    /// <summary>How the intake log names this caller.</summary>
    public string Via => $"key:{KeyId}";

    /// <summary>Whether the caller may see and change the orders of <paramref name="channelCode"/>.</summary>
    public bool ActsFor(string channelCode) =>
        IsOperations || (Kind == PrincipalKind.Channel && Principal == channelCode);

    /// <summary>The channel a channel key is limited to; null for a caller that sees every channel.</summary>
    public string? OnlyChannel => Kind == PrincipalKind.Channel ? Principal : null;

    /// <summary>Whether the caller may confirm shipments from <paramref name="nodeCode"/>.</summary>
    public bool ShipsFrom(string? nodeCode) =>
        IsOperations || (Kind == PrincipalKind.Warehouse && nodeCode is not null && Nodes.Contains(nodeCode));

    public static Caller From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var rpm = user.FindFirstValue(Claims.RequestsPerMinute);
        return new Caller(
            user.FindFirstValue(Claims.KeyId) ?? throw new InvalidOperationException("The request carries no API key."),
            Enum.Parse<PrincipalKind>(user.FindFirstValue(Claims.Kind)!),
            user.FindFirstValue(Claims.Principal)!,
            user.FindAll(Claims.Node).Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal),
            rpm is null ? null : int.Parse(rpm, CultureInfo.InvariantCulture));
    }

    public ClaimsPrincipal ToPrincipal(string scheme)
    {
        var claims = new List<Claim>
        {
            new(Claims.KeyId, KeyId),
            new(Claims.Kind, Kind.ToString()),
            new(Claims.Principal, Principal),
            new(ClaimTypes.Name, Principal),
        };
        claims.AddRange(Nodes.Select(node => new Claim(Claims.Node, node)));
        if (RequestsPerMinute is { } rpm)
        {
            claims.Add(new Claim(Claims.RequestsPerMinute, rpm.ToString(CultureInfo.InvariantCulture)));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}

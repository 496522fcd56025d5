using EcomErp.Commerce.Credentials;
using Microsoft.AspNetCore.Authorization;

namespace EcomErp.Server.Security;

/// <summary>
/// Who may call what. Operations keys may call everything; an endpoint not marked otherwise is for operations
/// only, so a new endpoint is closed until someone decides who may use it.
/// </summary>
internal static class Policies
{
    /// <summary>Operations and administration.</summary>
    public const string Operations = "operations";

    /// <summary>Operations, or a channel acting on its own orders.</summary>
    public const string Channel = "channel";

    /// <summary>Operations, or a warehouse client acting on its own nodes.</summary>
    public const string Warehouse = "warehouse";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Operations, Allow(PrincipalKind.Operations));
        options.AddPolicy(Channel, Allow(PrincipalKind.Operations, PrincipalKind.Channel));
        options.AddPolicy(Warehouse, Allow(PrincipalKind.Operations, PrincipalKind.Warehouse));
        options.FallbackPolicy = Allow(PrincipalKind.Operations);
    }

    private static AuthorizationPolicy Allow(params PrincipalKind[] kinds) =>
        new AuthorizationPolicyBuilder(ApiKeyAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser()
            .RequireClaim(Claims.Kind, kinds.Select(kind => kind.ToString()))
            .Build();
}

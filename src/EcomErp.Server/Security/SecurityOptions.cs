namespace EcomErp.Server.Security;

/// <summary>The <c>EcomErp:Security</c> configuration section.</summary>
public sealed class SecurityOptions
{
    public const string Section = "EcomErp:Security";

    /// <summary>Requests a key may make in one minute, unless the key sets its own limit.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>Signed webhooks one channel may deliver in one minute.</summary>
    public int WebhooksPerMinute { get; set; } = 1200;

    /// <summary>
    /// An operations key (<c>ek_…</c>) to accept from start-up, for a fresh installation's first calls; it is
    /// stored hashed the first time the server sees it, and can be revoked like any key.
    /// </summary>
    public string? BootstrapOperationsKey { get; set; }
}

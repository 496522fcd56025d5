namespace EcomErp.Server.Security;

/// <summary>The claim types an API key's identity carries.</summary>
internal static class Claims
{
    public const string KeyId = "ecomerp:key";
    public const string Kind = "ecomerp:kind";
    public const string Principal = "ecomerp:principal";
    public const string Node = "ecomerp:node";
    public const string RequestsPerMinute = "ecomerp:rpm";
}

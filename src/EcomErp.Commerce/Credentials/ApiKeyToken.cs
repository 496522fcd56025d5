using System.Security.Cryptography;
using System.Text;

namespace EcomErp.Commerce.Credentials;

/// <summary>
/// The text form of an API key, <c>ek_</c> + a public key id + <c>_</c> + a secret. The id finds the key; only a
/// hash of the secret is stored. The secret has 256 random bits, so a plain SHA-256 cannot be reversed or guessed.
/// </summary>
public static class ApiKeyToken
{
    private const string Prefix = "ek_";
    private const int KeyIdBytes = 8;
    private const int SecretBytes = 32;

    /// <summary>A new key id and secret, and the token that joins them.</summary>
    public static (string KeyId, string Secret, string Token) Generate()
    {
        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(KeyIdBytes));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));
        return (keyId, secret, $"{Prefix}{keyId}_{secret}");
    }

    /// <summary>Splits a token into its key id and secret; false when it is not shaped like one.</summary>
    public static bool TryParse(string? token, out string keyId, out string secret)
    {
        keyId = secret = "";
        if (token is null || !token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = token.AsSpan(Prefix.Length);
        var separator = rest.IndexOf('_');
        if (separator != KeyIdBytes * 2 || rest.Length <= separator + 1)
        {
            return false;
        }

        keyId = rest[..separator].ToString();
        secret = rest[(separator + 1)..].ToString();
        return true;
    }

    /// <summary>The stored hash of a secret.</summary>
    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

using System.Security.Cryptography;
using System.Text;

namespace EcomErp.Commerce.Channels.Webhooks;

/// <summary>
/// The signature Shopify and WooCommerce put on their webhooks: the base64 HMAC-SHA256 of the raw body, keyed
/// with the channel's secret.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The signature of <paramref name="body"/> under <paramref name="secret"/>.</summary>
    public static string Compute(ReadOnlySpan<byte> body, string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
    }

    /// <summary>
    /// Whether <paramref name="signature"/> signs <paramref name="body"/> under <paramref name="secret"/>. The
    /// comparison takes the same time wherever the bytes differ, so it reveals nothing about the right signature.
    /// </summary>
    public static bool Verify(ReadOnlySpan<byte> body, string secret, string? signature)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var given = new byte[HMACSHA256.HashSizeInBytes];
        if (string.IsNullOrEmpty(signature)
            || !Convert.TryFromBase64String(signature, given, out var written)
            || written != given.Length)
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}

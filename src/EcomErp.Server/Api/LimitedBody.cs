namespace EcomErp.Server.Api;

/// <summary>Reads a request body up to a limit, so an oversized one is refused without being held in memory.</summary>
internal static class LimitedBody
{
    /// <returns>The body, or null when it is longer than <paramref name="maxBytes"/>; and the bytes read.</returns>
    public static async Task<(byte[]? Body, long Size)> ReadAsync(
        HttpRequest request,
        int maxBytes,
        CancellationToken ct)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, request.ContentLength.Value);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return (null, buffer.Length);
            }
        }

        return (buffer.ToArray(), buffer.Length);
    }
}

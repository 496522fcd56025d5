using System.Text;

namespace EcomErp.Server.Api;

internal static class RequestBody
{
    /// <summary>Reads the raw body as UTF-8 text, for XML and for payloads whose exact bytes matter.</summary>
    public static async Task<string> ReadTextAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}

using EcomErp.Commerce.Credentials;
using EcomErp.Commerce.Persistence;

namespace EcomErp.Server.Tests.Support;

/// <summary>Mints API keys straight into a test database, as an operator would through the keys API.</summary>
internal static class TestKeys
{
    /// <summary>Stores a new API key and returns its token.</summary>
    public static async Task<string> IssueAsync(string connectionString, ApiKeyRequest request)
    {
        await using var db = new CommerceDbContext(CommerceDatabase.CreateOptions(connectionString));
        var (key, token) = ApiKey.Issue(request, DateTimeOffset.UtcNow);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync();
        return token;
    }

    public static Task<string> OperationsAsync(string connectionString) =>
        IssueAsync(connectionString, new ApiKeyRequest(PrincipalKind.Operations, "tests"));
}

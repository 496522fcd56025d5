using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcomErp.Commerce.Credentials;
using EcomErp.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Server.Tests.Security;

public sealed class ApiKeyRotationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly OrderApi api = new(server);

    [Fact]
    public async Task TwoActiveKeys_RevokingTheOldOne_LeavesTheNewOneWorking()
    {
        var (oldId, oldKey) = await IssueAsync(new { kind = "Channel", principal = "webstore", name = "2025" });
        var (_, newKey) = await IssueAsync(new { kind = "Channel", principal = "webstore", name = "2026" });
        using var oldClient = server.CreateClient(oldKey);
        using var newClient = server.CreateClient(newKey);
        var bothWork = (await Status(oldClient), await Status(newClient));

        var revoked = await server.Client.PostAsync(new Uri($"/api/keys/{oldId}/revoke", UriKind.Relative), null);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), bothWork);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await Status(oldClient));
        Assert.Equal(HttpStatusCode.OK, await Status(newClient));
    }

    [Fact]
    public async Task ExpiredKey_IsRefused()
    {
        var key = await server.IssueKeyAsync(new ApiKeyRequest(PrincipalKind.Channel, "webstore",
            ExpiresAt: DateTimeOffset.UtcNow.AddMinutes(-1)));
        using var client = server.CreateClient(key);

        Assert.Equal(HttpStatusCode.Unauthorized, await Status(client));
    }

    [Fact]
    public async Task RefusedKeys_SayWhetherTheKeyIsUnknownRevokedOrExpired_WithoutTheSecret()
    {
        var (revokedId, revokedKey) = await IssueAsync(new { kind = "Channel", principal = "webstore" });
        await server.Client.PostAsync(new Uri($"/api/keys/{revokedId}/revoke", UriKind.Relative), null);
        var expiredKey = await server.IssueKeyAsync(new ApiKeyRequest(PrincipalKind.Channel, "webstore",
            ExpiresAt: DateTimeOffset.UtcNow.AddMinutes(-1)));
        var (_, liveKey) = await IssueAsync(new { kind = "Channel", principal = "webstore" });
        var wrongSecret = liveKey[..^4] + (liveKey.EndsWith("aaaa", StringComparison.Ordinal) ? "bbbb" : "aaaa");

        var revoked = await ProblemAsync(revokedKey);
        var expired = await ProblemAsync(expiredKey);
        var unknown = await ProblemAsync(wrongSecret);
        var missing = await ProblemAsync(null);

        Assert.Contains("was revoked at", (string)revoked["detail"]!, StringComparison.Ordinal);
        Assert.Contains("expired at", (string)expired["detail"]!, StringComparison.Ordinal);
        Assert.Contains("is unknown", (string)unknown["detail"]!, StringComparison.Ordinal);
        Assert.All([revoked, expired, unknown], p => Assert.Equal("The API key was refused.", (string)p["title"]!));
        Assert.StartsWith("An API key is required", (string)missing["title"]!, StringComparison.Ordinal);
        foreach (var (problem, key) in new[] { (revoked, revokedKey), (expired, expiredKey), (unknown, wrongSecret) })
        {
            Assert.True(ApiKeyToken.TryParse(key, out _, out var secret));
            Assert.DoesNotContain(secret, problem.ToJsonString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task IssuedKey_IsStoredOnlyAsAHashAndListedWithoutSecret()
    {
        var (id, token) = await IssueAsync(new { kind = "Warehouse", principal = "east-3pl" });

        var listed = await server.Client.GetFromJsonAsync<JsonArray>(new Uri("/api/keys?kind=Warehouse",
            UriKind.Relative));
        await using var db = api.Commerce();
        var stored = await db.ApiKeys.AsNoTracking().SingleAsync(k => k.Id == id);

        Assert.DoesNotContain(token, listed!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(listed!, key => (Guid)key!["id"]! == id && (bool)key["active"]!);
        Assert.True(ApiKeyToken.TryParse(token, out var keyId, out var secret));
        Assert.Equal(keyId, stored.KeyId);
        Assert.Equal(ApiKeyToken.Hash(secret), stored.SecretHash);
        Assert.DoesNotContain(secret, listed.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IssuingForAnUnknownChannel_NamesThePrincipal()
    {
        var response = await server.Client.PostAsJsonAsync(new Uri("/api/keys", UriKind.Relative),
            new { kind = "Channel", principal = "no-such-channel", expiresAt = "2000-01-01T00:00:00Z" });
        var problem = await IntakeApi.BodyAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("principal"));
        Assert.True(problem["errors"]!.AsObject().ContainsKey("expiresAt"));
    }

    private async Task<(Guid Id, string Key)> IssueAsync(object request)
    {
        var response = await server.Client.PostAsJsonAsync(new Uri("/api/keys", UriKind.Relative), request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await IntakeApi.BodyAsync(response);
        return ((Guid)body["summary"]!["id"]!, (string)body["key"]!);
    }

    private async Task<JsonObject> ProblemAsync(string? key)
    {
        using var client = server.CreateClient(key);
        var response = await client.GetAsync(new Uri("/api/orders?limit=1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        return await IntakeApi.BodyAsync(response);
    }

    private static async Task<HttpStatusCode> Status(HttpClient client) =>
        (await client.GetAsync(new Uri("/api/orders?limit=1", UriKind.Relative))).StatusCode;
}

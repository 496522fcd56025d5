using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Api;

public sealed class HealthEndpointsTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Health_DatabaseUp_ReportsReachable()
    {
        var response = await server.Client.GetAsync(new Uri("/health", UriKind.Relative));
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body!["database"]!["reachable"]!.GetValue<bool>());
    }
}

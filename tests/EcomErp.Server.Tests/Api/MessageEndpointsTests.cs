using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Api;

public sealed class MessageEndpointsTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Theory]
    [InlineData("P100000Y")]
    [InlineData("PT99999999999H")]
    [InlineData("P99999999999D")]
    [InlineData("P31D")]
    public async Task Publish_TimeToLiveTooLong_IsRefusedNamingTheField(string timeToLive)
    {
        var response = await server.Client.PostAsJsonAsync(new Uri("/api/messages", UriKind.Relative),
            new { name = "probe", correlationKey = "k", timeToLive });
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem!["errors"]!.AsObject().ContainsKey("timeToLive"), problem.ToJsonString());
    }

    [Fact]
    public async Task Publish_NothingWaitsAndATimeToLive_IsKeptAndAnswered202()
    {
        var response = await server.Client.PostAsJsonAsync(new Uri("/api/messages", UriKind.Relative),
            new { name = "probe", correlationKey = "k2", timeToLive = "PT1H" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Api;

/// <summary>Every refusal explains itself, and the API describes itself.</summary>
public sealed class ProblemResponsesTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task CompleteTask_WithoutJsonContentType_AnswersAProblemNotAnEmptyBody()
    {
        using var body = new StringContent("{\"outcome\":\"approve\"}");
        body.Headers.ContentType = null;

        var response = await server.Client.PostAsync(
            new Uri($"/api/tasks/{Guid.NewGuid()}/complete", UriKind.Relative), body);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(415, (int)problem!["status"]!);
    }

    [Fact]
    public async Task OpenApi_WithoutAKey_DescribesTheOrderIntake()
    {
        using var anonymous = server.CreateClient(key: null);

        var document = await anonymous.GetFromJsonAsync<JsonObject>(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.True(document!["paths"]!.AsObject().ContainsKey("/api/channels/{channel}/orders"));
    }
}

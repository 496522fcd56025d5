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
    public async Task UnknownStatusInTheQuery_NamesTheParameterAndTheAllowedValues()
    {
        var response = await server.Client.GetAsync(new Uri("/api/orders?status=Lost", UriKind.Relative));
        var problem = await IntakeApi.BodyAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var reason = (string)problem["errors"]!["status"]![0]!;
        Assert.StartsWith("must be one of Received, ", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("OrderStatus", problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongKindOfValueInALine_NamesTheLineFieldAndWhatItMustHold()
    {
        var response = await server.Client.PostAsJsonAsync(new Uri("/api/inventory/receipts", UriKind.Relative),
            new { lines = new[] { new { sku = "WS-MUG-STONE", node = "DC-WEST", quantity = "many" } } });
        var problem = await IntakeApi.BodyAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("must be a whole number", (string)problem["errors"]!["lines[0].quantity"]![0]!);
        Assert.DoesNotContain("System.", problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ObjectFieldGivenAnArray_IsToldItMustBeAJsonObject()
    {
        var response = await server.Client.PostAsJsonAsync(
            new Uri("/api/workflows/order-lifecycle/instances", UriKind.Relative), new { variables = new[] { 1 } });
        var problem = await IntakeApi.BodyAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("must be a JSON object", (string)problem["errors"]!["variables"]![0]!);
    }

    [Fact]
    public async Task CompleteTask_WithoutABody_NamesTheMissingBodyInPlainWords()
    {
        using var empty = new StringContent("", System.Text.Encoding.UTF8, "application/json");

        var response = await server.Client.PostAsync(
            new Uri($"/api/tasks/{Guid.NewGuid()}/complete", UriKind.Relative), empty);
        var problem = await IntakeApi.BodyAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("a JSON body is required", (string)problem["errors"]!["$"]![0]!);
        Assert.DoesNotContain("Implicit body", problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_WithoutAKey_DescribesTheOrderIntake()
    {
        using var anonymous = server.CreateClient(key: null);

        var document = await anonymous.GetFromJsonAsync<JsonObject>(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.True(document!["paths"]!.AsObject().ContainsKey("/api/channels/{channel}/orders"));
    }
}

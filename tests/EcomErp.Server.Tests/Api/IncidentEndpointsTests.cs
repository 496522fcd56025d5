using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Api;

public sealed class IncidentEndpointsTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Stuck = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
          <process id="incident-probe" isExecutable="true">
            <startEvent id="start"/>
            <sequenceFlow id="f1" sourceRef="start" targetRef="route"/>
            <exclusiveGateway id="route"/>
            <sequenceFlow id="f2" sourceRef="route" targetRef="end">
              <conditionExpression>go === true</conditionExpression>
            </sequenceFlow>
            <endEvent id="end"/>
          </process>
        </definitions>
        """;

    [Fact]
    public async Task ListIncidents_AfterAGatewayFails_ShowsItAndRetryWithVariablesResolvesIt()
    {
        using var xml = new StringContent(Stuck);
        (await server.Client.PostAsync(Relative("/api/workflows/publish"), xml)).EnsureSuccessStatusCode();
        var started = await server.Client.PostAsJsonAsync(Relative("/api/workflows/incident-probe/instances"),
            new { variables = new { go = false } });
        var instanceId = (string)(await started.Content.ReadFromJsonAsync<JsonObject>())!["instanceId"]!;

        var open = await server.Client.GetFromJsonAsync<JsonArray>(Relative("/api/incidents"));
        var incident = Assert.Single(open!, i => (string)i!["instanceId"]! == instanceId)!;
        var retried = await server.Client.PostAsJsonAsync(Relative($"/api/incidents/{incident["id"]}/retry"),
            new { variables = new { go = true } });
        var after = await server.Client.GetFromJsonAsync<JsonArray>(Relative("/api/incidents"));
        var instance = await server.Client.GetFromJsonAsync<JsonObject>(Relative($"/api/instances/{instanceId}"));

        Assert.Equal("route", (string)incident["elementId"]!);
        Assert.Equal("incident-probe", (string)incident["processKey"]!);
        Assert.Equal(HttpStatusCode.NoContent, retried.StatusCode);
        Assert.DoesNotContain(after!, i => (string)i!["instanceId"]! == instanceId);
        Assert.Equal("Completed", (string)instance!["summary"]!["status"]!);
    }

    private static Uri Relative(string path) => new(path, UriKind.Relative);
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using EcomErp.Server.Tests.Support;

namespace EcomErp.Server.Tests.Api;

/// <summary>
/// The server starts the order lifecycle itself and sends it messages, so a version that would take orders and
/// then do nothing with them is refused at publish, and the published version stays in force.
/// </summary>
public sealed class ProcessContractTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string EmptyLifecycle = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
          <bpmn:process id="order-lifecycle" isExecutable="true">
            <bpmn:startEvent id="s" />
            <bpmn:endEvent id="e" />
            <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task PublishLifecycle_ThatNoLongerHandlesOrders_IsRefusedListingWhatIsMissing()
    {
        var before = await VersionCountAsync();

        var (status, problem) = await PostXmlAsync("/api/workflows/publish", EmptyLifecycle);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var messages = problem["problems"]!.AsArray().Select(p => (string)p!["message"]!).ToList();
        Assert.Contains(messages, m => m.Contains("'order.reserve'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("'shipment.confirmed'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("'order.cancelled'", StringComparison.Ordinal));
        Assert.All(problem["problems"]!.AsArray(), p => Assert.Equal("order-lifecycle", (string)p!["elementId"]!));
        Assert.Equal(before, await VersionCountAsync());
    }

    [Fact]
    public async Task ValidateLifecycle_ShippedFile_PassesTheContract()
    {
        var xml = await ShippedLifecycleAsync();

        var (status, _) = await PostXmlAsync("/api/workflows/validate", xml);
        var (emptyStatus, _) = await PostXmlAsync("/api/workflows/validate", EmptyLifecycle);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, emptyStatus);
    }

    [Theory]
    [InlineData("orphan", "'order.ship'")]
    [InlineData("renamed-message", "'stock.arrived'")]
    public async Task PublishLifecycle_RequiredPartUnreachableOrRenamed_IsRefused(string change, string named)
    {
        var xml = await ShippedLifecycleAsync();
        xml = change == "orphan"
            ? xml.Replace("erp:activity=\"order.ship\"", "erp:activity=\"order.invoice\"", StringComparison.Ordinal)
                .Replace("<bpmn:endEvent id=\"OrderCompleted\"",
                    "<bpmn:serviceTask id=\"Orphan\" erp:activity=\"order.ship\" />\n" +
                    "    <bpmn:endEvent id=\"OrderCompleted\"", StringComparison.Ordinal)
            : xml.Replace("name=\"stock.arrived\"", "name=\"stock.landed\"", StringComparison.Ordinal);

        var (status, problem) = await PostXmlAsync("/api/workflows/validate", xml);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains(problem["problems"]!.AsArray(),
            p => ((string)p!["message"]!).Contains(named, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PublishAnotherProcess_WithTheSameShape_IsTakenBecauseTheServerDoesNotDependOnIt()
    {
        var (status, _) = await PostXmlAsync("/api/workflows/publish",
            EmptyLifecycle.Replace("order-lifecycle", "my-own-process", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, status);
    }

    private static Task<string> ShippedLifecycleAsync() =>
        File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "workflows", "order-lifecycle.bpmn"));

    private async Task<(HttpStatusCode Status, JsonObject Body)> PostXmlAsync(string path, string xml)
    {
        using var content = new StringContent(xml, Encoding.UTF8, "application/xml");
        using var response = await server.Client.PostAsync(new Uri(path, UriKind.Relative), content);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    private async Task<int> VersionCountAsync() =>
        (await server.Client.GetFromJsonAsync<JsonArray>(
            new Uri("/api/workflows/order-lifecycle/versions", UriKind.Relative)))!.Count;
}

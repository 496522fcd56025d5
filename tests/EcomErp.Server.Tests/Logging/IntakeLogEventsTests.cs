using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcomErp.Commerce.Credentials;
using EcomErp.Server.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace EcomErp.Server.Tests.Logging;

/// <summary>
/// What the log says about refused payloads. The hosts of a test run share Serilog's static logger, which is the
/// last host's, so these tests run alone: no other host is built while they read their own host's events.
/// </summary>
[Collection(LogCapture.Name)]
public sealed class IntakeLogEventsTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task RefusedPayload_IsLoggedWithItsChannelOrderId_WhenItCouldBeRead()
    {
        var log = new CapturedLog();
        await using var host = server
            .StartAnotherServer(("Serilog:MinimumLevel:Default", "Information"))
            .WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
                services.AddSingleton<ILogEventSink>(log)));
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            await server.IssueKeyAsync(new ApiKeyRequest(PrincipalKind.Operations, "log test")));
        var channel = await NewChannelAsync();
        var channelOrderId = $"LOG-{Guid.NewGuid():N}";
        var order = JsonNode.Parse(Samples.Canonical("order.json", channelOrderId))!;
        order["lines"]![0]!["quantity"] = 0;

        var (status, problem) = await IntakeApi.PostAsync(client, $"/api/channels/{channel}/orders",
            order.ToJsonString());
        var (malformedStatus, malformed) = await IntakeApi.PostAsync(client, $"/api/channels/{channel}/orders", "{");

        Assert.Equal((HttpStatusCode.UnprocessableEntity, HttpStatusCode.BadRequest), (status, malformedStatus));
        var refused = log.RefusalOf(channel, (long)problem["intakeId"]!);
        Assert.Equal($"\"{channelOrderId}\"", refused.Properties["ChannelOrderId"].ToString());
        Assert.Contains("{ChannelOrderId}", refused.MessageTemplate.Text, StringComparison.Ordinal);
        Assert.False(log.RefusalOf(channel, (long)malformed["intakeId"]!).Properties.ContainsKey("ChannelOrderId"));
    }

    /// <summary>A channel of this test's own, so that its events cannot be mistaken for another test's.</summary>
    private async Task<string> NewChannelAsync()
    {
        var code = $"log-{Guid.NewGuid():N}"[..20];
        var response = await server.Client.PutAsJsonAsync(new Uri($"/api/channels/{code}", UriKind.Relative),
            new { name = "Log test", format = "Canonical", shopCurrency = "USD" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return code;
    }

    private sealed class CapturedLog : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> events = new();

        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);

        public LogEvent RefusalOf(string channel, long intakeId) => Assert.Single(events, e =>
            e.MessageTemplate.Text.Contains("refused with {ProblemCount} problems", StringComparison.Ordinal)
            && e.Properties["ChannelCode"].ToString() == $"\"{channel}\""
            && e.Properties["IntakeId"].ToString() == intakeId.ToString(CultureInfo.InvariantCulture));
    }
}

/// <summary>Tests that read log events, run after the others and one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LogCapture
{
    public const string Name = "Log capture";
}

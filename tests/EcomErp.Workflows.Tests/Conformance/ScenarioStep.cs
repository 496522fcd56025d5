using System.Text.Json.Nodes;
using EcomErp.Workflows.Messages;
using EcomErp.Workflows.Timers;

namespace EcomErp.Workflows.Tests.Conformance;

/// <summary>Something done to a running scenario: a person, a message, the clock or a check.</summary>
internal sealed record ScenarioStep(string Description, Func<ScenarioRun, Task> Act)
{
    public static ScenarioStep Complete(string elementId, object? variables = null) =>
        new($"complete {elementId}", run => run.CompleteAsync(elementId, variables));

    public static ScenarioStep Send(
        string name,
        string key = "",
        object? payload = null,
        string ttl = "PT0S",
        string? messageId = null,
        CorrelationOutcome? expect = null) =>
        new($"send {name}/{key}", async run =>
        {
            var result = await run.Engine.SendAsync(name, key, payload, Duration(ttl), messageId);
            if (expect is { } outcome)
            {
                Assert.Equal(outcome, result.Outcome);
            }
        });

    /// <summary>Moves the fake clock and runs whatever fell due; nothing sleeps.</summary>
    public static ScenarioStep Advance(string isoDuration) =>
        new($"advance {isoDuration}", run => run.Engine.AdvanceAsync(Duration(isoDuration)));

    public static ScenarioStep Cancel() =>
        new("cancel instance", run => run.Engine.Engine.CancelInstanceAsync(run.InstanceId, "cancelled by the test"));

    public static ScenarioStep RunJobs() => new("run due jobs", run => run.Engine.RunJobsAsync());

    /// <summary>Retries the one open incident, optionally with corrected variables.</summary>
    public static ScenarioStep Retry(object? variables = null) =>
        new("retry incident", run => run.RetryIncidentAsync(variables));

    public static ScenarioStep Expect(string description, Func<ScenarioRun, Task> check) => new(description, check);

    /// <summary>Checks the open tasks and waits at this point of the scenario.</summary>
    public static ScenarioStep ExpectOpen(string[] tasks, string[]? waits = null) =>
        new($"expect tasks {string.Join(",", tasks)}", async run =>
        {
            var snapshot = await run.SnapshotAsync();
            Assert.Equal(tasks.Order(), snapshot.OpenTasks);
            if (waits is not null)
            {
                Assert.Equal(waits.Order(), snapshot.Waits);
            }
        });

    public static ScenarioStep ExpectIncident(string elementId, string mentions) =>
        new($"expect incident at {elementId}", async run =>
        {
            var snapshot = await run.SnapshotAsync();
            Assert.Equal([elementId], snapshot.Incidents);
            Assert.All(snapshot.IncidentMessages, m => Assert.Contains(mentions, m, StringComparison.Ordinal));
        });

    public static ScenarioStep ExpectNoVariable(string name) =>
        new($"expect no process variable {name}", async run =>
            Assert.False((await run.Engine.VariablesAsync(run.InstanceId)).ContainsKey(name)));

    internal static JsonObject? Json(object? values) =>
        values is null ? null : JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(values))!.AsObject();

    private static TimeSpan Duration(string iso) =>
        IsoDuration.Parse(iso).AddTo(DateTimeOffset.UnixEpoch) - DateTimeOffset.UnixEpoch;

    public override string ToString() => Description;
}

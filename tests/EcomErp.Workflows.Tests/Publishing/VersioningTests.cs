using EcomErp.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Workflows.Tests.Publishing;

public sealed class VersioningTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>
{
    [Fact]
    public async Task Publish_NewVersionWhileInstanceRuns_InstanceStaysOnItsVersion()
    {
        await using var engine = new TestEngine(database.ConnectionString);
        await engine.PublishAsync(Model("versioned", "first"));
        var old = await engine.StartAsync("versioned");

        await engine.PublishAsync(Model("versioned", "second"));
        var current = await engine.StartAsync("versioned");
        await engine.CompleteTaskAsync(old, "first");

        Assert.Equal((1, InstanceStatus.Completed), await VersionAndStatusAsync(engine, old));
        Assert.Equal((2, InstanceStatus.Running), await VersionAndStatusAsync(engine, current));
        Assert.Equal(["start", "first", "end"], await engine.VisitedAsync(old));
        Assert.Equal(["start", "second"], await engine.VisitedAsync(current));
    }

    [Fact]
    public async Task Publish_SameFileTwice_CreatesOneVersion()
    {
        await using var engine = new TestEngine(database.ConnectionString);

        var first = await engine.Engine.Definitions.PublishAsync(Model("unchanged", "task"), "test");
        var second = await engine.Engine.Definitions.PublishAsync(Model("unchanged", "task"), "test");

        await using var db = engine.Db();
        Assert.True(first.Versions.Single().IsNew);
        Assert.False(second.Versions.Single().IsNew);
        Assert.Equal(1, await db.Definitions.CountAsync(d => d.Key == "unchanged"));
    }

    [Fact]
    public async Task Publish_NewVersionOfTimerStart_ReplacesTheOldVersionsTimer()
    {
        await using var engine = new TestEngine(database.ConnectionString);
        await engine.PublishAsync(TimerStart(hour: 10));
        await engine.PublishAsync(TimerStart(hour: 11));

        await engine.AdvanceAsync(TimeSpan.FromHours(1));
        var afterOneHour = await StartedAsync(engine);
        await engine.AdvanceAsync(TimeSpan.FromHours(1));

        Assert.Empty(afterOneHour);
        Assert.Equal([2], await StartedAsync(engine));
    }

    private static string Model(string key, string task) => Bpmn.Definitions($"""
        <process id="{key}" isExecutable="true">
          <startEvent id="start"/>
          <sequenceFlow id="f1" sourceRef="start" targetRef="{task}"/>
          <userTask id="{task}"/>
          <sequenceFlow id="f2" sourceRef="{task}" targetRef="end"/>
          <endEvent id="end"/>
        </process>
        """);

    private static string TimerStart(int hour) => Bpmn.Definitions($"""
        <process id="timed" isExecutable="true">
          <startEvent id="start">
            <timerEventDefinition><timeDate>2026-01-05T{hour}:00:00Z</timeDate></timerEventDefinition>
          </startEvent>
          <sequenceFlow id="f1" sourceRef="start" targetRef="work"/>
          <userTask id="work"/>
        </process>
        """);

    private static async Task<(int, InstanceStatus)> VersionAndStatusAsync(TestEngine engine, Guid id)
    {
        var instance = await engine.InstanceAsync(id);
        return (instance.Version, instance.Status);
    }

    private static async Task<List<int>> StartedAsync(TestEngine engine)
    {
        await using var db = engine.Db();
        return await db.Instances.Where(i => i.ProcessKey == "timed").Select(i => i.Version).ToListAsync();
    }
}

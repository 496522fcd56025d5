using EcomErp.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Workflows.Tests.Conformance.Events;

public sealed class TimerStartTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>
{
    [Fact]
    public async Task Publish_CycleR2PT5M_StartsTwoInstancesThenNoTimerRemains()
    {
        await using var engine = new TestEngine(database.ConnectionString);
        await engine.PublishFileAsync(Path.Combine(AppContext.BaseDirectory, "Conformance/Events/timer-start.bpmn"));

        await engine.AdvanceAsync(TimeSpan.FromMinutes(4));
        var beforeFirst = await CountAsync(engine);
        await engine.AdvanceAsync(TimeSpan.FromMinutes(1));
        var afterFirst = await CountAsync(engine);
        await engine.AdvanceAsync(TimeSpan.FromMinutes(5));
        await engine.AdvanceAsync(TimeSpan.FromHours(2));

        await using var db = engine.Db();
        Assert.Equal((0, 1), (beforeFirst, afterFirst));
        Assert.Equal(2, await CountAsync(engine));
        Assert.Empty(await db.Jobs.ToListAsync());
        var starts = await db.Instances.OrderBy(i => i.StartedAt).Select(i => i.StartedAt).ToListAsync();
        Assert.Equal([engine.Time.Start.AddMinutes(5), engine.Time.Start.AddMinutes(10)], starts);
    }

    private static async Task<int> CountAsync(TestEngine engine)
    {
        await using var db = engine.Db();
        return await db.Instances.CountAsync(i => i.ProcessKey == "timerStart" && i.Status == InstanceStatus.Running);
    }
}

using EcomErp.Workflows.Engine;
using EcomErp.Workflows.Observability;
using EcomErp.Workflows.Persistence;

namespace EcomErp.Workflows.Tests.Runtime;

public sealed class SmokeTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>
{
    [Fact]
    public async Task Start_ServiceTaskThenUserTask_WaitsThenCompletes()
    {
        await using var engine = new TestEngine(database.ConnectionString);
        engine.Catalog.Activity("double", c => c.SetOutput("doubled", c.Variable("amount")!.GetValue<int>() * 2));
        await engine.PublishAsync(Bpmn.Definitions("""
            <process id="smoke" isExecutable="true">
              <startEvent id="start"/>
              <sequenceFlow id="f1" sourceRef="start" targetRef="calc"/>
              <serviceTask id="calc" erp:activity="double"/>
              <sequenceFlow id="f2" sourceRef="calc" targetRef="approve"/>
              <userTask id="approve" name="Approve ${doubled}"/>
              <sequenceFlow id="f3" sourceRef="approve" targetRef="end"/>
              <endEvent id="end"/>
            </process>
            """));

        var id = await engine.StartAsync("smoke", new { amount = 21 });
        var task = await engine.OpenTaskAsync(id, "approve");
        await engine.CompleteTaskAsync(id, "approve");

        Assert.Equal("Approve 42", task.Name);
        Assert.Equal(["start", "calc", "approve", "end"], await engine.VisitedAsync(id));
        Assert.Equal(InstanceStatus.Completed, (await engine.InstanceAsync(id)).Status);
        Assert.Equal(42, (await engine.VariablesAsync(id))["doubled"]!.GetValue<int>());
    }

    [Fact]
    public async Task Start_InCallersTransaction_EventsReportedOnlyAfterCommit()
    {
        await using var engine = new TestEngine(database.ConnectionString);
        await engine.PublishAsync(Bpmn.Definitions("""
            <process id="observed" isExecutable="true">
              <startEvent id="start"/>
              <sequenceFlow id="f1" sourceRef="start" targetRef="approve"/>
              <userTask id="approve"/>
            </process>
            """));
        engine.Observer.Events.Clear();

        await using var transaction = await engine.Engine.BeginAsync();
        var started = await engine.Engine.StartAsync(transaction, "observed", StartOptions.Empty);
        var beforeCommit = engine.Observer.Events.Count;
        await transaction.CommitAsync();

        Assert.Equal(0, beforeCommit);
        Assert.Equal(
            [WorkflowEventKind.InstanceStarted, WorkflowEventKind.ElementEntered, WorkflowEventKind.ElementEntered,
                WorkflowEventKind.WaitBegan],
            engine.Observer.Events.Select(e => e.Kind));
        Assert.All(engine.Observer.Events, e => Assert.Equal(started.InstanceId, e.InstanceId));
        Assert.Equal(["start", "approve"], await engine.VisitedAsync(started.InstanceId));
    }
}

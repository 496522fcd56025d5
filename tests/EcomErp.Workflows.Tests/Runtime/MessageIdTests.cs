using EcomErp.Workflows.Messages;

namespace EcomErp.Workflows.Tests.Runtime;

public sealed class MessageIdTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>
{
    private static readonly string Model = Bpmn.Definitions("""
        <message id="m" name="paid" erp:correlationKey="orderId"/>
        <process id="pay" isExecutable="true">
          <startEvent id="start"/>
          <sequenceFlow id="f1" sourceRef="start" targetRef="approve"/>
          <userTask id="approve"/>
          <sequenceFlow id="f2" sourceRef="approve" targetRef="wait"/>
          <intermediateCatchEvent id="wait"><messageEventDefinition messageRef="m"/></intermediateCatchEvent>
          <sequenceFlow id="f3" sourceRef="wait" targetRef="end"/>
          <endEvent id="end"/>
        </process>
        """);

    [Fact]
    public async Task PublishMessage_NothingWaitedWithThatId_CanBeSentAgainOnceSomethingWaits()
    {
        await using var engine = new TestEngine(database.ConnectionString);
        await engine.PublishAsync(Model);
        var id = await engine.StartAsync("pay", new { orderId = "o-7" });

        var early = await engine.SendAsync("paid", "o-7", messageId: "payment-1");
        await engine.CompleteTaskAsync(id, "approve");
        var again = await engine.SendAsync("paid", "o-7", messageId: "payment-1");
        var repeat = await engine.SendAsync("paid", "o-7", messageId: "payment-1");

        Assert.Equal(CorrelationOutcome.NotCorrelated, early.Outcome);
        Assert.Equal(CorrelationOutcome.Correlated, again.Outcome);
        Assert.Equal(CorrelationOutcome.Duplicate, repeat.Outcome);
        Assert.Equal(Persistence.InstanceStatus.Completed, (await engine.InstanceAsync(id)).Status);
    }
}

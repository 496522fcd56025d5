using EcomErp.Workflows.Engine;
using EcomErp.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EcomErp.Workflows.Tests.Conformance.Events;

public sealed class MessageCorrelationTests(WorkflowDatabase database) : IClassFixture<WorkflowDatabase>
{
    private static readonly string Model =
        Path.Combine(AppContext.BaseDirectory, "Conformance/Events/message-catch.bpmn");

    [Fact]
    public async Task Publish_TwoInstancesWaitForSameNameAndKey_CallerSeesConflictAndNothingMoves()
    {
        await using var engine = await EngineAsync();
        var first = await engine.StartAsync("messageCatch", new { orderId = "same" });
        var second = await engine.StartAsync("messageCatch", new { orderId = "same" });

        var error = await Assert.ThrowsAsync<WorkflowRequestException>(
            () => engine.SendAsync("invoiceArrived", "same"));

        Assert.Equal(WorkflowRequestError.Conflict, error.Error);
        Assert.Contains(first.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains(second.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Equal(["start", "order", "waitInvoice"], await engine.VisitedAsync(first));
        Assert.Equal(["start", "order", "waitInvoice"], await engine.VisitedAsync(second));
    }

    [Fact]
    public async Task Publish_ManyMessagesAtOnceToOneInstance_AppliedOneAtATime()
    {
        await using var engine = await EngineAsync();
        var id = await engine.StartAsync("messageCatch", new { orderId = "busy" });

        var results = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(i => engine.SendAsync("invoiceArrived", "busy", new { invoiceNo = i }, TimeSpan.FromHours(1))));

        await using var db = engine.Db();
        Assert.Single(results, r => r.Outcome == Messages.CorrelationOutcome.Correlated);
        Assert.Equal(7, results.Count(r => r.Outcome == Messages.CorrelationOutcome.Buffered));
        Assert.Equal(["start", "order", "waitInvoice", "book"], await engine.VisitedAsync(id));
        Assert.Equal(7, await db.Messages.CountAsync(m => m.ConsumedAt == null));
        Assert.Equal(InstanceStatus.Running, (await engine.InstanceAsync(id)).Status);
    }

    private async Task<TestEngine> EngineAsync()
    {
        var engine = new TestEngine(database.ConnectionString);
        engine.Catalog.Activity("noop", _ => { });
        await engine.PublishFileAsync(Model);
        return engine;
    }
}

using EcomErp.Workflows.Messages;
using EcomErp.Workflows.Persistence;
using static EcomErp.Workflows.Tests.Conformance.ScenarioStep;

namespace EcomErp.Workflows.Tests.Conformance.Events;

public sealed class EventConformanceTests : ConformanceTable<EventConformanceTests>, IConformanceTable
{
    static IReadOnlyList<ConformanceCase> IConformanceTable.Cases => Table;

    private static readonly ConformanceCase[] Table =
    [
        new("message catch: resumed by name and key", "Conformance/Events/message-catch.bpmn", "messageCatch")
        {
            Given = new { orderId = "o-1" },
            Steps =
            [
                Send("invoiceArrived", "o-2", expect: CorrelationOutcome.NotCorrelated),
                ExpectOpen([], ["waitInvoice"]),
                Send("invoiceArrived", "o-1", new { invoiceNo = 7 }, expect: CorrelationOutcome.Correlated),
                Complete("book"),
            ],
            Path = ["start", "order", "waitInvoice", "book", "end"],
            Variables = new { invoiceNo = 7 },
        },
        new("message catch: a message sent before the wait is buffered and delivered",
            "Conformance/Events/message-catch.bpmn",
            "messageCatch")
        {
            Given = new { orderId = "o-1" },
            Before =
            [
                Send("invoiceArrived", "o-1", new { invoiceNo = 9 }, "PT1H", expect: CorrelationOutcome.Buffered),
            ],
            Path = ["start", "order", "waitInvoice", "book"],
            Status = InstanceStatus.Running,
            OpenTasks = ["book"],
            Variables = new { invoiceNo = 9 },
        },
        new("message catch: a buffered message past its time to live is not delivered",
            "Conformance/Events/message-catch.bpmn",
            "messageCatch")
        {
            Given = new { orderId = "o-1" },
            Before = [Send("invoiceArrived", "o-1", ttl: "PT1M", expect: CorrelationOutcome.Buffered), Advance("PT2M")],
            Path = ["start", "order", "waitInvoice"],
            Status = InstanceStatus.Running,
            Waits = ["waitInvoice"],
        },
        new("message catch: a repeated message id is ignored", "Conformance/Events/message-catch.bpmn", "messageCatch")
        {
            Given = new { orderId = "o-1" },
            Steps =
            [
                Send("invoiceArrived", "o-1", messageId: "m-1", expect: CorrelationOutcome.Correlated),
                Send("invoiceArrived", "o-1", ttl: "PT1H", messageId: "m-1", expect: CorrelationOutcome.Duplicate),
            ],
            Path = ["start", "order", "waitInvoice", "book"],
            Status = InstanceStatus.Running,
            OpenTasks = ["book"],
        },
        new("timer catch: duration then date, never early", "Conformance/Events/timer-catch.bpmn", "timerCatch")
        {
            Steps =
            [
                Advance("PT59M"), ExpectOpen([], ["cool"]), Advance("PT1M"), ExpectOpen([], ["noon"]),
                Advance("PT1H59M"), ExpectOpen([], ["noon"]), Advance("PT1M"),
            ],
            Path = ["start", "cool", "noon", "end"],
        },
        new("message throw and message end leave through the outbox",
            "Conformance/Events/throw-messages.bpmn", "throwMessages")
        {
            Given = new { orderId = "o-1" },
            Path = ["start", "announce", "end"],
            Outbox = ["orderAccepted", "orderShipped"],
        },
        new("terminate end at process level ends the other branch", "Conformance/Events/terminate.bpmn", "terminate")
        {
            Steps = [Complete("preTerminate")],
            Path = ["start", "fork", "preTerminate", "preNormal", "kill"],
        },
        new("none end ends only its own token", "Conformance/Events/terminate.bpmn", "terminate")
        {
            Steps = [Complete("preNormal")],
            Path = ["start", "fork", "preTerminate", "preNormal", "normalEnd"],
            Status = InstanceStatus.Running,
            OpenTasks = ["preTerminate"],
        },
        new("terminate inside a subprocess ends only that scope", "Conformance/Events/terminate-subprocess.bpmn",
            "terminateSubprocess")
        {
            Steps = [Complete("inner1")],
            Path = ["start", "fork", "sub", "outside", "subStart", "subFork", "inner1", "inner2", "subKill", "after"],
            Status = InstanceStatus.Running,
            OpenTasks = ["after", "outside"],
        },
        new("an uncaught error end is an incident naming the code",
            "Conformance/Events/error-uncaught.bpmn", "errorUncaught")
        {
            Path = ["start", "fail"],
            Status = InstanceStatus.Running,
            Incidents = ["fail"],
            IncidentMentions = "'FATAL'",
        },
        new("message start creates an instance with the payload",
            "Conformance/Events/message-start.bpmn", "messageStart")
        {
            Start = false,
            Before = [Send("orderPlaced", payload: new { amount = 5 }, expect: CorrelationOutcome.StartedInstance)],
            Path = ["start", "review"],
            Status = InstanceStatus.Running,
            OpenTasks = ["review"],
            Variables = new { amount = 5 },
        },
        new("timer start with a date fires once at that instant",
            "Conformance/Events/timer-start-date.bpmn", "timerStartDate")
        {
            Start = false,
            Before =
            [
                Advance("PT59M"), Expect("no instance yet", Instances(0)), Advance("PT1M"), Advance("P1D"),
                Expect("still one instance", Instances(1)),
            ],
            Path = ["start", "work"],
            Status = InstanceStatus.Running,
            OpenTasks = ["work"],
        },
    ];

    private static Func<ScenarioRun, Task> Instances(int expected) => async run =>
    {
        await using var db = run.Engine.Db();
        Assert.Equal(expected, db.Instances.Count());
    };
}

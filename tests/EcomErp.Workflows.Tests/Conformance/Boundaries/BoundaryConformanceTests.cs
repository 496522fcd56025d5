using EcomErp.Workflows.Messages;
using EcomErp.Workflows.Persistence;
using static EcomErp.Workflows.Tests.Conformance.ScenarioStep;

namespace EcomErp.Workflows.Tests.Conformance.Boundaries;

public sealed class BoundaryConformanceTests : ConformanceTable<BoundaryConformanceTests>, IConformanceTable
{
    private static readonly string[] Reminder = ["reminder", "remind", "reminded"];

    static IReadOnlyList<ConformanceCase> IConformanceTable.Cases => Table;

    private static readonly ConformanceCase[] Table =
    [
        new("timer boundary: task done in time, timer removed", "Conformance/Boundaries/timer-interrupting.bpmn",
            "timerInterrupting")
        {
            Steps = [Advance("PT4M"), Complete("firstLine"), Advance("PT10M")],
            Path = ["start", "firstLine", "normalEnd"],
        },
        new("timer boundary: interrupting timer cancels the task", "Conformance/Boundaries/timer-interrupting.bpmn",
            "timerInterrupting")
        {
            Steps = [Advance("PT4M"), ExpectOpen(["firstLine"], ["escalate"]), Advance("PT1M")],
            Path = ["start", "firstLine", "escalate", "secondLine"],
            Status = InstanceStatus.Running,
            OpenTasks = ["secondLine"],
        },
        new("timer boundary: R3/PT1H fires three times, then stops",
            "Conformance/Boundaries/timer-cycle.bpmn", "timerCycle")
        {
            Given = new { cycle = "R3/PT1H" },
            Steps =
            [
                Advance("PT1H"), Advance("PT1H"), Advance("PT1H"), ExpectOpen(["waitForAnswer"], []),
                Advance("PT1H"), Complete("waitForAnswer"),
            ],
            Path = ["start", "waitForAnswer", .. Reminder, .. Reminder, .. Reminder, "end"],
        },
        new("timer boundary: R/PT1H stops when its activity ends",
            "Conformance/Boundaries/timer-cycle.bpmn", "timerCycle")
        {
            Given = new { cycle = "R/PT1H" },
            Steps = [Advance("PT1H"), Advance("PT1H"), Complete("waitForAnswer"), Advance("PT3H")],
            Path = ["start", "waitForAnswer", .. Reminder, .. Reminder, "end"],
        },
        new("timer boundary: firings missed while down fire once, then the rhythm resumes",
            "Conformance/Boundaries/timer-cycle.bpmn", "timerCycle")
        {
            Given = new { cycle = "R/PT1H" },
            Steps = [Advance("PT5H"), ExpectOpen(["waitForAnswer"], ["reminder"]), Advance("PT1H")],
            Path = ["start", "waitForAnswer", .. Reminder, .. Reminder],
            Status = InstanceStatus.Running,
            OpenTasks = ["waitForAnswer"],
            Waits = ["reminder"],
        },
        new("message boundary: non-interrupting twice, then interrupting",
            "Conformance/Boundaries/message-boundary.bpmn",
            "messageBoundary")
        {
            Given = new { orderId = "o-1" },
            Steps =
            [
                Send("addressChanged", "o-1"), Send("addressChanged", "o-1"),
                ExpectOpen(["pack"], ["addressChanged", "cancelled"]), Send("cancelRequested", "o-1"),
            ],
            Path = ["start", "pack", "addressChanged", "relabel", "addressChanged", "relabel", "cancelled", "refund"],
            Status = InstanceStatus.Running,
            OpenTasks = ["refund"],
        },
        new("message boundary: a non-interrupting boundary takes every buffered message",
            "Conformance/Boundaries/message-boundary.bpmn", "messageBoundary")
        {
            Given = new { orderId = "o-1" },
            Before =
            [
                Send("addressChanged", "o-1", ttl: "PT1H", expect: CorrelationOutcome.Buffered),
                Send("addressChanged", "o-1", ttl: "PT1H", expect: CorrelationOutcome.Buffered),
            ],
            Path = ["start", "pack", "addressChanged", "addressChanged", "relabel", "relabel"],
            Status = InstanceStatus.Running,
            OpenTasks = ["pack"],
            Waits = ["addressChanged", "cancelled"],
        },
        new("message boundary: gone once the task completed",
            "Conformance/Boundaries/message-boundary.bpmn", "messageBoundary")
        {
            Given = new { orderId = "o-1" },
            Steps =
            [
                Complete("pack"),
                Send("cancelRequested", "o-1", expect: CorrelationOutcome.NotCorrelated),
                Send("addressChanged", "o-1", expect: CorrelationOutcome.NotCorrelated),
            ],
            Path = ["start", "pack", "ship"],
            Status = InstanceStatus.Running,
            OpenTasks = ["ship"],
        },
        new("error boundary: error in a nested subprocess caught on the outer one",
            "Conformance/Boundaries/error-nested.bpmn",
            "errorNested")
        {
            Steps = [Complete("innerTask2")],
            Path =
            [
                "start", "outer", "outerStart", "inner", "innerStart", "innerFork", "innerTask1", "innerTask2",
                "raise", "catch123", "outside",
            ],
            Status = InstanceStatus.Running,
            OpenTasks = ["outside"],
        },
        new("error boundary: a specific code beats the catch-all",
            "Conformance/Boundaries/error-task.bpmn", "errorTask")
        {
            Given = new { errorCode = "DECLINED" },
            Path = ["start", "charge", "wasDeclined", "askCustomer"],
            Status = InstanceStatus.Running,
            OpenTasks = ["askCustomer"],
        },
        new("error boundary: other codes reach the catch-all", "Conformance/Boundaries/error-task.bpmn", "errorTask")
        {
            Given = new { errorCode = "OTHER" },
            Path = ["start", "charge", "anyError", "investigate"],
            Status = InstanceStatus.Running,
            OpenTasks = ["investigate"],
            Variables = new { errorCode = "OTHER", errorMessage = "rejected by the test activity" },
        },
        new("timer on a subprocess cancels every wait inside it", "Conformance/Boundaries/subprocess-timer.bpmn",
            "subprocessTimer")
        {
            Given = new { orderId = "o-1" },
            Steps =
            [
                ExpectOpen(["book"], ["chased", "confirm", "tooLate"]), Advance("P2D"),
                Send("supplierConfirmed", "o-1", expect: CorrelationOutcome.NotCorrelated),
            ],
            Path = ["start", "procure", "pStart", "pFork", "confirm", "book", "tooLate", "escalate"],
            Status = InstanceStatus.Running,
            OpenTasks = ["escalate"],
        },
        new("non-interrupting message on a subprocess runs beside it, every time",
            "Conformance/Boundaries/subprocess-timer.bpmn",
            "subprocessTimer")
        {
            Given = new { orderId = "o-1" },
            Steps =
            [
                Send("chaseRequested", "o-1"), Send("chaseRequested", "o-1"),
                ExpectOpen(["book"], ["chased", "confirm", "tooLate"]),
                Send("supplierConfirmed", "o-1"), Complete("book"),
                Send("chaseRequested", "o-1", expect: CorrelationOutcome.NotCorrelated),
            ],
            Path =
            [
                "start", "procure", "pStart", "pFork", "confirm", "book", "chased", "chaseSupplier", "chased",
                "chaseSupplier", "pJoin", "pJoin", "pEnd", "done",
            ],
            Status = InstanceStatus.Running,
            OpenTasks = ["done"],
        },
        new("subprocess completing in time removes its timer", "Conformance/Boundaries/subprocess-timer.bpmn",
            "subprocessTimer")
        {
            Given = new { orderId = "o-1" },
            Steps = [Send("supplierConfirmed", "o-1"), Complete("book"), Advance("P3D")],
            Path = ["start", "procure", "pStart", "pFork", "confirm", "book", "pJoin", "pJoin", "pEnd", "done"],
            Status = InstanceStatus.Running,
            OpenTasks = ["done"],
        },
    ];
}

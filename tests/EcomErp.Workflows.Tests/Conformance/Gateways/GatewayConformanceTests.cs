using EcomErp.Workflows.Messages;
using EcomErp.Workflows.Persistence;
using static EcomErp.Workflows.Tests.Conformance.ScenarioStep;

namespace EcomErp.Workflows.Tests.Conformance.Gateways;

public sealed class GatewayConformanceTests : ConformanceTable<GatewayConformanceTests>, IConformanceTable
{
    static IReadOnlyList<ConformanceCase> IConformanceTable.Cases => Table;

    private static readonly ConformanceCase[] Table =
    [
        new("exclusive: first true condition in document order", "Conformance/Gateways/exclusive.bpmn", "exclusive")
        {
            Given = new { amount = 30 },
            Steps = [Complete("small")],
            Path = ["start", "route", "small", "merge", "end"],
        },
        new("exclusive: default flow when no condition holds", "Conformance/Gateways/exclusive.bpmn", "exclusive")
        {
            Given = new { amount = 500 },
            Steps = [Complete("large")],
            Path = ["start", "route", "large", "merge", "end"],
        },
        new("exclusive: a condition that fails is an incident, not false", "Conformance/Gateways/exclusive.bpmn",
            "exclusive")
        {
            Path = ["start", "route"],
            Status = InstanceStatus.Running,
            Incidents = ["route"],
            IncidentMentions = "amount is not defined",
        },
        new("exclusive: no match and no default is an incident naming the gateway",
            "Conformance/Gateways/exclusive-no-default.bpmn", "exclusiveNoDefault")
        {
            Given = new { input = 3 },
            Path = ["start", "route"],
            Status = InstanceStatus.Running,
            Incidents = ["route"],
            IncidentMentions = "exclusiveGateway 'route'",
        },
        new("exclusive: retry after fixing variables continues", "Conformance/Gateways/exclusive-no-default.bpmn",
            "exclusiveNoDefault")
        {
            Given = new { input = 3 },
            Steps = [ExpectIncident("route", "'route'"), Retry(new { input = 2 }), Complete("two")],
            Path = ["start", "route", "route", "two", "end"],
            Variables = new { input = 2 },
        },
        new("parallel: unbalanced fork and joins count tokens per flow",
            "Conformance/Gateways/parallel-unbalanced.bpmn",
            "parallelUnbalanced")
        {
            Steps =
            [
                Complete("a"), ExpectOpen(["b", "c"]), Complete("b"), ExpectOpen(["c", "d"]),
                Complete("c"), ExpectOpen(["d"]), Complete("d"),
            ],
            Path = ["start", "fork", "a", "b", "c", "joinAB", "joinAB", "d", "joinCD", "joinCD", "end"],
        },
        new("parallel: two tokens on one flow do not fire the join",
            "Conformance/Gateways/parallel-loop.bpmn", "parallelLoop")
        {
            Steps = [Complete("left"), Complete("left"), ExpectOpen(["right"]), Complete("right")],
            Path = ["start", "fork", "left", "left", "right", "join", "join", "join", "after"],
            Status = InstanceStatus.Running,
            OpenTasks = ["after"],
        },
        new("inclusive: all true flows, join waits for both", "Conformance/Gateways/inclusive.bpmn", "inclusive")
        {
            Given = new { gift = true, express = true },
            Steps = [Complete("wrap"), ExpectOpen(["express"]), Complete("express")],
            Path = ["start", "split", "wrap", "express", "join", "join", "end"],
        },
        new("inclusive: one true flow, join fires for it alone", "Conformance/Gateways/inclusive.bpmn", "inclusive")
        {
            Given = new { gift = true, express = false },
            Steps = [Complete("wrap")],
            Path = ["start", "split", "wrap", "join", "end"],
        },
        new("inclusive: default flow when nothing holds", "Conformance/Gateways/inclusive.bpmn", "inclusive")
        {
            Given = new { gift = false, express = false },
            Steps = [Complete("plain")],
            Path = ["start", "split", "plain", "join", "end"],
        },
        new("inclusive: join fires once the other branch can no longer arrive",
            "Conformance/Gateways/inclusive-vanishing.bpmn", "inclusiveVanishing")
        {
            Given = new { giveUp = true },
            Steps = [ExpectOpen(["slow"]), Complete("slow")],
            Path = ["start", "split", "fast", "slow", "join", "check", "gaveUp", "done"],
            Status = InstanceStatus.Running,
            OpenTasks = ["done"],
        },
        new("inclusive: join waits for a branch that still arrives", "Conformance/Gateways/inclusive-vanishing.bpmn",
            "inclusiveVanishing")
        {
            Given = new { giveUp = false },
            Steps = [Complete("slow")],
            Path = ["start", "split", "fast", "slow", "join", "check", "join", "done"],
            Status = InstanceStatus.Running,
            OpenTasks = ["done"],
        },
        new("event-based: the message wins and the timer is removed",
            "Conformance/Gateways/event-based.bpmn", "eventBased")
        {
            Given = new { orderId = "o-1", timeout = "PT30M" },
            Steps = [ExpectOpen([], ["payment", "timeout"]), Send("paymentReceived", "o-1"), Advance("PT1H")],
            Path = ["start", "race", "payment", "ship"],
            Status = InstanceStatus.Running,
            OpenTasks = ["ship"],
        },
        new("event-based: the timer wins and the message wait is removed",
            "Conformance/Gateways/event-based.bpmn", "eventBased")
        {
            Given = new { orderId = "o-1", timeout = "PT30M" },
            Steps =
            [
                Advance("PT29M"), ExpectOpen([], ["payment", "timeout"]), Advance("PT1M"),
                Send("paymentReceived", "o-1", expect: CorrelationOutcome.NotCorrelated),
            ],
            Path = ["start", "race", "timeout", "cancelOrder"],
            Status = InstanceStatus.Running,
            OpenTasks = ["cancelOrder"],
        },
        new("event-based: a message buffered before the gateway wins at once",
            "Conformance/Gateways/event-based.bpmn", "eventBased")
        {
            Given = new { orderId = "o-1", timeout = "PT30M" },
            Before = [Send("paymentReceived", "o-1", ttl: "PT1H", expect: CorrelationOutcome.Buffered)],
            Steps = [Advance("PT1H")],
            Path = ["start", "race", "payment", "ship"],
            Status = InstanceStatus.Running,
            OpenTasks = ["ship"],
        },
        new("event-based: a PT0S timer fires from a job, so a message in the same moment wins",
            "Conformance/Gateways/event-based.bpmn", "eventBased")
        {
            Given = new { orderId = "o-1", timeout = "PT0S" },
            Steps = [Send("paymentReceived", "o-1", expect: CorrelationOutcome.Correlated), RunJobs()],
            Path = ["start", "race", "payment", "ship"],
            Status = InstanceStatus.Running,
            OpenTasks = ["ship"],
        },
    ];
}

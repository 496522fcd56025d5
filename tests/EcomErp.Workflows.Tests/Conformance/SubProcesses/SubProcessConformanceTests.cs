using EcomErp.Workflows.Messages;
using static EcomErp.Workflows.Tests.Conformance.ScenarioStep;

namespace EcomErp.Workflows.Tests.Conformance.SubProcesses;

public sealed class SubProcessConformanceTests : ConformanceTable<SubProcessConformanceTests>, IConformanceTable
{
    static IReadOnlyList<ConformanceCase> IConformanceTable.Cases => Table;

    private static readonly ConformanceCase[] Table =
    [
        new("embedded subprocess: local inputs, then continues on its outgoing flow",
            "Conformance/SubProcesses/embedded.bpmn",
            "embedded")
        {
            Given = new { amount = 5 },
            Steps = [ExpectNoVariable("local")],
            Path = ["start", "sub", "subStart", "use", "subEnd", "end"],
            Variables = new { seen = 11 },
        },
        new("event subprocess: non-interrupting timer beside the flow, then an interrupting message",
            "Conformance/SubProcesses/event-subprocess.bpmn", "eventSubprocess")
        {
            Given = new { orderId = "o-1" },
            Steps =
            [
                Advance("PT1H"), ExpectOpen(["work"], ["cancelStart"]), Send("orderCancelled", "o-1"),
                ExpectOpen(["refund"], []), Complete("refund"),
            ],
            Path = ["start", "work", "slowStart", "notify", "slowEnd", "cancelStart", "refund", "cancelEnd"],
            EndedBy = "cancelEnd",
        },
        new("event subprocess: non-interrupting message per message, then an interrupting timer",
            "Conformance/SubProcesses/event-subprocess-inverse.bpmn", "eventSubprocessInverse")
        {
            Given = new { orderId = "o-1" },
            Steps =
            [
                Send("noteAdded", "o-1"), Send("noteAdded", "o-1"), ExpectOpen(["work"], ["expireStart", "noteStart"]),
                Advance("PT2H"), Send("noteAdded", "o-1", expect: CorrelationOutcome.NotCorrelated),
            ],
            Path =
            [
                "start", "work", "noteStart", "record", "noteEnd", "noteStart", "record", "noteEnd", "expireStart",
                "expiredEnd",
            ],
        },
        new("event subprocess: its waits end with the scope",
            "Conformance/SubProcesses/event-subprocess.bpmn", "eventSubprocess")
        {
            Given = new { orderId = "o-1" },
            Steps = [ExpectOpen(["work"], ["cancelStart", "slowStart"]), Complete("work")],
            Path = ["start", "work", "end"],
        },
        new("event subprocess: an error start catches an error inside its subprocess",
            "Conformance/SubProcesses/event-subprocess-error.bpmn", "eventSubprocessError")
        {
            Given = new { errorCode = "DECLINED" },
            Steps = [ExpectOpen(["askCustomer"], []), Complete("askCustomer")],
            Path =
            [
                "start", "payment", "pStart", "pFork", "charge", "declinedStart", "askCustomer", "declinedEnd", "end",
            ],
        },
    ];
}

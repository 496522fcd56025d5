using EcomErp.Testing;
using EcomErp.Workflows.Messages;
using EcomErp.Workflows.Persistence;
using EcomErp.Workflows.Publishing;
using EcomErp.Workflows.Tests.Conformance;
using static EcomErp.Workflows.Tests.Conformance.ScenarioStep;

namespace EcomErp.Workflows.Tests.Corpus;

/// <summary>
/// BPMN files written by others (see README.md here): each either runs the path its source expects, or is refused
/// at publish with a complete, deterministic list of problems that name element, type and line.
/// </summary>
public sealed class CorpusTests
{
    private const string Unbalanced = "Corpus/c7_ParallelGatewayTest.testUnbalancedForkJoin.bpmn";
    private const string Exclusive = "Corpus/c7_ExclusiveGatewayTest.testDefaultSequenceFlow.bpmn";
    private const string NoMatch = "Corpus/c7_ExclusiveGatewayTest.testNoSequenceFlowSelected.bpmn";
    private const string Inclusive = "Corpus/c7_InclusiveGatewayTest.testDefaultSequenceFlow.bpmn";
    private const string Boundary = "Corpus/c7_MessageBoundaryEventTest.testSingleBoundaryMessageEvent.bpmn";
    private const string Timer = "Corpus/c7_BoundaryTimerEventTest.testInterruptingTimerDuration.bpmn";
    private const string Terminate = "Corpus/c7_TerminateEndEventTest.testProcessTerminate.bpmn";
    private const string Caller = "Corpus/c7_CallActivity.testCallSimpleSubProcess.bpmn";
    private const string Callee = "Corpus/c7_simpleSubProcess.bpmn";

    private static readonly ConformanceCase[] Runs =
    [
        new("#15 input 1", Exclusive, "exclusiveGwDefaultSequenceFlow")
        {
            Given = new { input = 1 },
            Steps = [Complete("theTask1")],
            Path = ["theStart", "exclusiveGw", "theTask1", "theEnd"],
        },
        new("#15 input 3", Exclusive, "exclusiveGwDefaultSequenceFlow")
        {
            Given = new { input = 3 },
            Steps = [Complete("theTask3")],
            Path = ["theStart", "exclusiveGw", "theTask3", "theEnd"],
        },
        new("#15 input 5 takes the default", Exclusive, "exclusiveGwDefaultSequenceFlow")
        {
            Given = new { input = 5 },
            Steps = [Complete("theTask2")],
            Path = ["theStart", "exclusiveGw", "theTask2", "theEnd"],
        },
        new("#16 input 4 is an incident naming the gateway", NoMatch, "exclusiveGwNoSeqFlowSelected")
        {
            Given = new { input = 4 }, Path = ["theStart", "exclusiveGw"], Status = InstanceStatus.Running,
            Incidents = ["exclusiveGw"], IncidentMentions = "exclusiveGateway 'exclusiveGw'",
        },
        new("#16 input 2", NoMatch, "exclusiveGwNoSeqFlowSelected")
        {
            Given = new { input = 2 },
            Steps = [Complete("theTask2")],
            Path = ["theStart", "exclusiveGw", "theTask2", "theEnd"],
        },
        new("#17 input 1 takes two flows", Inclusive, "inclusiveGwDefaultSequenceFlow")
        {
            Given = new { input = 1 },
            Steps = [ExpectOpen(["theTask1", "theTask3"]), Complete("theTask1"), Complete("theTask3")],
            Path = ["theStart", "inclusiveGw", "theTask1", "theTask3", "theEnd", "theEnd"],
        },
        new("#17 input 3", Inclusive, "inclusiveGwDefaultSequenceFlow")
        {
            Given = new { input = 3 },
            Steps = [Complete("theTask3")],
            Path = ["theStart", "inclusiveGw", "theTask3", "theEnd"],
        },
        new("#17 input 5 takes the default", Inclusive, "inclusiveGwDefaultSequenceFlow")
        {
            Given = new { input = 5 },
            Steps = [Complete("theTask2")],
            Path = ["theStart", "inclusiveGw", "theTask2", "theEnd"],
        },
        new("#19 unbalanced fork and join", Unbalanced, "UnbalancedForkJoin")
        {
            Steps =
            [
                Complete("task1"), ExpectOpen(["task2", "task3"]), Complete("task2"), ExpectOpen(["task3", "task4"]),
                Complete("task3"), Complete("task4"),
            ],
            Path =
            [
                "theStart", "fork", "task1", "task2", "task3", "firstJoin", "firstJoin", "task4", "secondJoin",
                "secondJoin", "theEnd",
            ],
        },
        new("#21 task completed in time", Timer, "escalationExample")
        {
            Steps = [Advance("PT4M"), Complete("firstLineSupport"), Advance("PT5M")],
            Path = ["theStart", "firstLineSupport", "normalEnd"],
        },
        new("#21 timer cancels the task after five minutes", Timer, "escalationExample")
        {
            Steps = [Expect("assigned to kermit", Assigned("kermit", [])), Advance("PT5M"),
                Expect("offered to management", Assigned(null, ["management"])), Complete("handleEscalation")],
            Path = ["theStart", "firstLineSupport", "escalationTimer", "handleEscalation", "escalatedEnd"],
        },
        new("#25 correlates by message name",
            "Corpus/c7_MessageIntermediateEventTest.testSingleIntermediateMessageEvent.bpmn",
            "process")
        {
            Steps =
            [
                Send("newInvoice", expect: CorrelationOutcome.NotCorrelated),
                Send("newInvoiceMessage", expect: CorrelationOutcome.Correlated), Complete("task"),
            ],
            Path = ["theStart", "messageCatch", "task", "theEnd"],
        },
        new("#26 message interrupts the task", Boundary, "process")
        {
            Steps = [Send("messageName"), Complete("taskAfterMessage")],
            Path = ["theStart", "task", "messageBoundary", "taskAfterMessage", "theEnd"],
        },
        new("#26 no message after the task completed", Boundary, "process")
        {
            Steps =
            [
                Complete("task"), Send("messageName", expect: CorrelationOutcome.NotCorrelated),
                Complete("taskAfterTask"),
            ],
            Path = ["theStart", "task", "taskAfterTask", "theEnd"],
        },
        new("#28 terminate ends the other task", Terminate, "terminateEndEventExample")
        {
            Steps = [Complete("preTerminateTask")],
            Path = ["start", "ParallelGateway_1", "preTerminateTask", "preNormalTerminateTask", "EndEvent_2"],
        },
        new("#28 a none end waits for the other task", Terminate, "terminateEndEventExample")
        {
            Steps = [Complete("preNormalTerminateTask")],
            Path = ["start", "ParallelGateway_1", "preTerminateTask", "preNormalTerminateTask", "EndEvent_1"],
            Status = InstanceStatus.Running, OpenTasks = ["preTerminateTask"],
        },
        new("#30 error 123 passes the inner boundary",
            "Corpus/c7_BoundaryErrorEventTest.testCatchErrorOfInnerSubprocessOnOuterSubprocess.bpmn",
            "boundaryErrorTest")
        {
            Steps = [Complete("innerTask2"), ExpectOpen(["taskAfterErrorCatch"], []), Complete("taskAfterErrorCatch")],
            Path =
            [
                "theStart", "subprocess", "subprocessStart", "innerSubprocess", "innerSubprocessStart", "innerFork",
                "innerTask1", "innerTask2", "innerErrorEnd", "catchErrorOnOuterSubprocess", "taskAfterErrorCatch",
            ],
        },
        new("#32 three of five completions end the loop",
            "Corpus/c7_MultiInstanceTest.testParallelUserTasksCompletionCondition.bpmn",
            "miParallelUserTasksCompletionCondition")
        {
            Steps =
            [
                Expect("five named tasks", TaskNames("My Task 0", "My Task 1", "My Task 2", "My Task 3", "My Task 4")),
                Complete("miTasks"), Complete("miTasks"), ExpectOpen(["miTasks", "miTasks", "miTasks"]),
                Complete("miTasks"),
            ],
            Path = ["theStart", "miTasks", "miTasks", "miTasks", "miTasks", "miTasks", "miTasks", "theEnd"],
        },
        new("#33 with #34 calls the child and continues", Caller, "callSimpleSubProcess")
        {
            AlsoPublish = [Callee],
            Steps = [Complete("taskBeforeSubProcess"), Complete("task"), Complete("taskAfterSubProcess")],
            Path =
            [
                "theStart", "taskBeforeSubProcess", "callSubProcess", "simpleSubProcess/theStart",
                "simpleSubProcess/task", "simpleSubProcess/theEnd", "taskAfterSubProcess", "theEnd",
            ],
        },
        new("#33 without its callee is an incident naming it", Caller, "callSimpleSubProcess")
        {
            Steps = [Complete("taskBeforeSubProcess")],
            Path = ["theStart", "taskBeforeSubProcess", "callSubProcess"],
            Status = InstanceStatus.Running, Incidents = ["callSubProcess"], IncidentMentions = "'simpleSubProcess'",
        },
        new("#34 alone",
            Callee, "simpleSubProcess") { Steps = [Complete("task")], Path = ["theStart", "task", "theEnd"] },
    ];

    private static readonly CorpusRefusal[] Refusals =
    [
        new("A.1.0.bpmn", 1, ("WFP-6-", "is not executable")),
        new("A.2.0.bpmn",
            4, ("_35fe57a7-1302-44e2-bf58-032f11af7ecb", "without a condition, and it is not the default")),
        new("A.3.0.bpmn", 4, ("_178e16eb-4c9e-4ea0-9644-7c5fb2b71825", "escalation events are not supported"),
            ("_428dcbf5-8e5e-48e0-9c0c-d93003fa8c82", "names no message")),
        new("B.2.0.bpmn", 48, ("_a74c1d4d-db90-43ff-8920-139a300b39a5", "globalUserTask"),
            ("_b9343536-6490-4559-8365-71d5c4cbb7cb", "standardLoopCharacteristics"),
            ("_f27040d5-765c-493c-bbe7-9fb6ad04cbdc", "link events"),
            ("_0326fdf5-7c71-41d9-838c-ab141a1b1ed0", "signal events"),
            ("_4e71bf73-1719-401e-a9a2-85dc89fc1150", "timeDate is empty"),
            ("_c9cb2415-6a2e-49d6-84b9-27babcde4088", "conditional")),
        new("bpmnjs_error_duplicate-ids.bpmn", 5, ("test", "the id 'test' is used by 2 elements")),
        new("bpmnjs_import-error_boundaryEvent-missingAttachToRef.bpmn",
            4, ("BoundaryEvent_1", "attachedToRef is missing")),
        new("bpmnjs_kitchen-sink.bpmn",
            69, ("Gateway_0im7nvs", "complexGateway"), ("Activity_08egzqv", "adHocSubProcess"),
            ("Activity_0djfr8f", "transaction"),
            ("Event_11fzkjc", "cancel events"), ("Event_0t86sxc", "compensate events"),
            ("Event_1o9cjfb", "escalation events"),
            ("Event_0ncmtxn", "signal events"), ("Event_1pdjezb", "conditional events"),
            ("Event_0a3nmhs", "link events"), ("Event_1p4tub5", "exactly one of timeDate, timeDuration or timeCycle")),
        new("C.9.1.bpmn", 8, ("SendTask_RequestDocument", "zeebe:taskDefinition"),
            ("SendTask_SendReminderEmail", "names neither"), ("SendTask_RequestDocument", "camunda:async"),
            ("EndEvent_GotDocument", "camunda:asyncAfter")),
        new("c7_EventBasedGatewayTest.testCatchSignalAndMessageAndTimer.bpmn", 2, ("signalEvent", "signal events"),
            ("gw1", "leads to intermediateCatchEvent 'signalEvent'")),
        new("c7_StartTimerEventTest.testCycleWithLimitStartTimerEvent.bpmn", 1, ("receive", "names no message")),
        new("c7ex_order-handling.bpmn", 6, ("StartEvent_1", "not an ISO-8601 repeating interval"),
            ("BoundaryEvent_1y1bvad", "conditional events"), ("Task_06z99p1", "names no activity"),
            ("Task_1yjkccw", "camunda:type, camunda:topic")),
        new("flowingretail_order-zeebe.bpmn", 9, ("ServiceTaskRetrievePayment", "zeebe:ioMapping"),
            ("ServiceTaskSaveOrder", "zeebe:taskDefinition")),
        new("flowingretail_payment.bpmn", 15, ("SequenceFlow_0gx4352", "FEEL expressions"),
            ("SequenceFlow_1irsftt", "FEEL expressions"), ("EndEvent_0769is9", "names no message"),
            ("ServiceTask_10hm6pn", "camunda:asyncBefore")),
    ];

    [Fact]
    public async Task PublishAndRun_EveryCorpusFile_RunsItsPathOrIsRefusedWithEveryProblem()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.bpmn")
            .Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        var covered = Runs.SelectMany(r => r.AlsoPublish.Append(r.File)).Select(Path.GetFileName)
            .Concat(Refusals.Select(r => r.File)).Distinct().Order(StringComparer.Ordinal).ToList();
        await using var engine = new TestEngine(TestPostgres.ServerConnectionString);
        foreach (var refusal in Refusals)
        {
            AssertRefused(engine.Engine.Definitions, refusal);
        }

        foreach (var run in Runs)
        {
            await ScenarioRun.RunAsync(run);
        }

        Assert.Equal(files, covered);
    }

    private static void AssertRefused(DefinitionStore store, CorpusRefusal refusal)
    {
        var xml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", refusal.File));

        var problems = store.Validate(xml).Problems;

        Assert.True(refusal.Count == problems.Count,
            $"{refusal.File}: {problems.Count} problems, expected {refusal.Count}:\n{string.Join("\n", problems)}");
        Assert.Equal(problems, store.Validate(xml).Problems);
        Assert.All(problems, p => Assert.True(p.ElementType is not null && p.Line > 0, $"{refusal.File}: {p}"));
        foreach (var (elementId, text) in refusal.Mentions)
        {
            Assert.True(problems.Any(p => p.ElementId == elementId && p.Message.Contains(text, StringComparison.Ordinal)
                    || p.ElementId == elementId && p.ElementType!.Contains(text, StringComparison.Ordinal)),
                $"{refusal.File}: no problem for '{elementId}' mentions '{text}':\n{string.Join("\n", problems)}");
        }
    }

    private static Func<ScenarioRun, Task> Assigned(string? assignee, string[] groups) => async run =>
    {
        var task = Assert.Single(await run.Engine.OpenTasksAsync(run.InstanceId));
        Assert.Equal(assignee, task.Assignee);
        Assert.Equal(groups, task.CandidateGroups);
    };

    private static Func<ScenarioRun, Task> TaskNames(params string[] names) => async run =>
        Assert.Equal(names, (await run.Engine.OpenTasksAsync(run.InstanceId)).Select(t => t.Name).Order());
}

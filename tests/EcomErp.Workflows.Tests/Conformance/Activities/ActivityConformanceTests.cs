using System.Text.Json.Nodes;
using EcomErp.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using static EcomErp.Workflows.Tests.Conformance.ScenarioStep;

namespace EcomErp.Workflows.Tests.Conformance.Activities;

public sealed class ActivityConformanceTests : ConformanceTable<ActivityConformanceTests>, IConformanceTable
{
    static IReadOnlyList<ConformanceCase> IConformanceTable.Cases => Table;

    private static readonly ConformanceCase[] Table =
    [
        new("tasks: service, rule, script, send, manual, receive and user tasks",
            "Conformance/Activities/tasks.bpmn", "tasks")
        {
            Given = new { amount = 60, orderId = "o-1" },
            Steps =
            [
                ExpectOpen([], ["awaitDelivery"]), Expect("invoice request carries the mapped amount", InvoiceAsync),
                Send("deliveryConfirmed", "o-1"), Complete("approve"),
            ],
            Path =
            [
                "start", "compute", "assess", "total", "requestInvoice", "charge", "pack", "awaitDelivery", "approve",
                "end",
            ],
            Outbox = ["invoiceRequested"],
            Variables = new { doubled = 120, risk = "low", note = "low risk", total = 121, charged = true },
        },
        new("script: an endless loop is an incident, not a hang",
            "Conformance/Activities/script-sandbox.bpmn", "scriptSandbox")
        {
            Given = new { mode = "loop" },
            Path = ["start", "route", "spin"],
            Status = InstanceStatus.Running,
            Incidents = ["spin"],
            IncidentMentions = "scriptTask 'spin'",
        },
        new("script: no access to .NET", "Conformance/Activities/script-sandbox.bpmn", "scriptSandbox")
        {
            Given = new { mode = "clr" },
            Path = ["start", "route", "escape"],
            Status = InstanceStatus.Running,
            Incidents = ["escape"],
            IncidentMentions = "System is not defined",
        },
        new("script: endless recursion is stopped", "Conformance/Activities/script-sandbox.bpmn", "scriptSandbox")
        {
            Given = new { mode = "deep" },
            Path = ["start", "route", "recurse"],
            Status = InstanceStatus.Running,
            Incidents = ["recurse"],
            IncidentMentions = "recursed deeper than the limit",
        },
        new("call activity: variables in and out through mappings",
            "Conformance/Activities/call-parent.bpmn", "callParent")
        {
            AlsoPublish = ["Conformance/Activities/call-child.bpmn"],
            Given = new { quantity = 2 },
            Steps = [Complete("pick"), ExpectNoVariable("price")],
            Path =
            [
                "start", "reserve", "callChild/start", "callChild/price", "callChild/stock", "callChild/pick",
                "callChild/end", "end",
            ],
            Variables = new { reservedTotal = 10, quantity = 2 },
        },
        new("call activity: an error in the child is caught on the call activity",
            "Conformance/Activities/call-parent.bpmn",
            "callParent")
        {
            AlsoPublish = ["Conformance/Activities/call-child.bpmn"],
            Given = new { quantity = 20 },
            Steps = [Expect("the child instance ended", ChildEndedAsync)],
            Path =
            [
                "start", "reserve", "callChild/start", "callChild/price", "callChild/stock", "callChild/fail",
                "noStock", "backorder",
            ],
            Status = InstanceStatus.Running,
            OpenTasks = ["backorder"],
        },
        new("cancelling an instance ends its child instances and removes every wait",
            "Conformance/Activities/call-parent.bpmn", "callParent")
        {
            AlsoPublish = ["Conformance/Activities/call-child.bpmn"],
            Given = new { quantity = 2 },
            Steps = [ExpectOpen(["callChild/pick"], []), Cancel(), Expect("the child instance ended", ChildEndedAsync)],
            Path = ["start", "reserve", "callChild/start", "callChild/price", "callChild/stock", "callChild/pick"],
            Status = InstanceStatus.Cancelled,
        },
        new("call activity: an error nobody catches is one incident, where it was thrown",
            "Conformance/Activities/call-parent.bpmn", "callParent")
        {
            AlsoPublish = ["Conformance/Activities/call-child.bpmn"],
            Given = new { quantity = -1 },
            Path = ["start", "reserve", "callChild/start", "callChild/price", "callChild/stock", "callChild/invalid"],
            Status = InstanceStatus.Running,
            Incidents = ["callChild/invalid"],
            IncidentMentions = "'INVALID_QUANTITY'",
        },
        new("jobs: retries with doubling backoff, then an incident, then a retry that succeeds",
            "Conformance/Activities/retries.bpmn", "retries")
        {
            Given = new { healthy = false },
            Steps =
            [
                RunJobs(), Advance("PT1M"), Advance("PT1M"), Expect("two attempts so far", Attempts(0, 1)),
                Advance("PT1M"), ExpectIncident("call", "failed after 3 attempt(s)"),
                Expect("three attempts, backoff 1 then 2 minutes", Attempts(0, 1, 3)),
                Retry(new { healthy = true }), RunJobs(),
            ],
            Path = ["start", "call", "after"],
            Status = InstanceStatus.Running,
            OpenTasks = ["after"],
        },
    ];

    private static async Task InvoiceAsync(ScenarioRun run)
    {
        await using var db = run.Engine.Db();
        var message = await db.Outbox.SingleAsync();
        Assert.Equal(("invoiceRequested", "o-1"), (message.MessageName, message.CorrelationKey));
        Assert.Equal(121, JsonNode.Parse(message.Payload!)!["amount"]!.GetValue<int>());
    }

    private static async Task ChildEndedAsync(ScenarioRun run)
    {
        await using var db = run.Engine.Db();
        var child = await db.Instances.SingleAsync(i => i.ParentInstanceId == run.InstanceId);
        Assert.Equal(InstanceStatus.Cancelled, child.Status);
    }

    /// <summary>Checks when each failed attempt happened, in minutes after the instance started.</summary>
    private static Func<ScenarioRun, Task> Attempts(params int[] minutes) => async run =>
    {
        var journal = await run.Engine.JournalAsync(run.InstanceId);
        var start = run.Engine.Time.Start;
        var failed = journal.Where(j => j.Kind == "JobAttemptFailed").Select(j => (int)(j.At - start).TotalMinutes);
        Assert.Equal(minutes, failed);
    };
}

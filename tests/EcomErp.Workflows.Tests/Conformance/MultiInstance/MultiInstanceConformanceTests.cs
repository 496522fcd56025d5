using EcomErp.Workflows.Persistence;
using static EcomErp.Workflows.Tests.Conformance.ScenarioStep;

namespace EcomErp.Workflows.Tests.Conformance.MultiInstance;

public sealed class MultiInstanceConformanceTests : ConformanceTable<MultiInstanceConformanceTests>, IConformanceTable
{
    static IReadOnlyList<ConformanceCase> IConformanceTable.Cases => Table;

    private static readonly ConformanceCase[] Table =
    [
        new("multi-instance parallel: completion condition cancels the rest", "Conformance/MultiInstance/parallel.bpmn",
            "miParallel")
        {
            Given = new { reviewers = new[] { "ann", "bob", "cid" } },
            Steps =
            [
                ExpectOpen(["review", "review", "review"]), Expect("names per item", TaskNamesAsync),
                Complete("review"), Complete("review"),
            ],
            Path = ["start", "review", "review", "review", "review", "publish"],
            Status = InstanceStatus.Running,
            OpenTasks = ["publish"],
        },
        new("multi-instance: an interrupting timer on the activity cancels every iteration",
            "Conformance/MultiInstance/parallel.bpmn", "miParallel")
        {
            Given = new { reviewers = new[] { "ann", "bob", "cid" } },
            Steps = [Complete("review"), ExpectOpen(["review", "review"], ["overdue"]), Advance("P1D")],
            Path = ["start", "review", "review", "review", "review", "overdue", "chase"],
            Status = InstanceStatus.Running,
            OpenTasks = ["chase"],
        },
        new("multi-instance: an error in one iteration is caught on the activity",
            "Conformance/MultiInstance/error.bpmn", "miError")
        {
            Given = new { cards = new[] { "visa", "amex", "jcb" }, errorCode = "DECLINED" },
            Path = ["start", "charge", "charge", "anyError", "handle"],
            Status = InstanceStatus.Running,
            OpenTasks = ["handle"],
        },
        new("multi-instance sequential: one at a time until the condition holds",
            "Conformance/MultiInstance/sequential.bpmn",
            "miSequential")
        {
            Given = new { approvers = new[] { "ann", "bob", "cid" }, rejected = false },
            Steps =
            [
                ExpectOpen(["approve"]), Complete("approve", new { rejected = false }), ExpectOpen(["approve"]),
                Complete("approve", new { rejected = true }),
            ],
            Path = ["start", "approve", "approve", "approve", "end"],
            Variables = new { rejected = true },
        },
        new("multi-instance sequential: all items without the condition", "Conformance/MultiInstance/sequential.bpmn",
            "miSequential")
        {
            Given = new { approvers = new[] { "ann", "bob" }, rejected = false },
            Steps = [Complete("approve"), Complete("approve")],
            Path = ["start", "approve", "approve", "approve", "end"],
        },
        new("multi-instance subprocess: each item in its own scope",
            "Conformance/MultiInstance/subprocess.bpmn", "miSubprocess")
        {
            Given = new { items = new[] { 1, 2 } },
            Path =
            [
                "start", "each", "each", "each", "eStart", "eStart", "note", "note", "eEnd", "eEnd", "end",
            ],
            Variables = new { seen0 = 10, seen1 = 20 },
        },
        new("multi-instance over an empty collection completes at once", "Conformance/MultiInstance/subprocess.bpmn",
            "miSubprocess")
        {
            Given = new { items = Array.Empty<int>() },
            Path = ["start", "each", "end"],
        },
    ];

    private static async Task TaskNamesAsync(ScenarioRun run)
    {
        var tasks = await run.Engine.OpenTasksAsync(run.InstanceId);
        Assert.Equal(["Review by ann", "Review by bob", "Review by cid"], tasks.Select(t => t.Name).Order());
    }
}

using EcomErp.Workflows.Activities;

namespace EcomErp.Workflows.Tests.Conformance;

/// <summary>The activities and rule sets the conformance models call, by name.</summary>
internal static class ConformanceActivities
{
    public static void Register(TestCatalog catalog)
    {
        catalog.Activity("noop", _ => { });
        catalog.Activity("double", c => c.SetOutput("doubled", c.Variable("amount")!.GetValue<int>() * 2));
        catalog.Activity("charge", c => c.SetOutput("charged", true));
        catalog.Activity("reject", c => throw new BpmnErrorException(
            c.Variable("errorCode")?.GetValue<string>() ?? "REJECTED", "rejected by the test activity"));
        catalog.Activity("flaky", c =>
        {
            if (c.Variable("healthy")?.GetValue<bool>() != true)
            {
                throw new InvalidOperationException($"attempt {c.Target.Attempt} failed: the service is down");
            }
        });
        catalog.RuleSet("risk", c => c.SetOutput("risk", c.Variable("amount")!.GetValue<int>() > 100 ? "high" : "low"));
    }
}

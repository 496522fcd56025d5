using EcomErp.Commerce.Orders;
using EcomErp.Rules;

namespace EcomErp.Server.Activities.Orders;

/// <summary>
/// Rule set <c>fraud-screening</c>: scores the order, records the decision with the rules that fired, and puts
/// the order in review when the score calls for a person.
/// </summary>
internal sealed class FraudScreeningActivity(RuleSets rules) : OrderActivity
{
    public const string Name = "fraud-screening";

    protected override Task RunAsync(OrderStep step, CancellationToken cancellationToken)
    {
        var decision = rules.AssessFraud(step.Order);
        var assessment = decision.Result;
        var outcome = new
        {
            reviewRequired = assessment.ReviewRequired,
            score = assessment.Score,
            reasons = assessment.Reasons,
            rulesFired = decision.RulesFired,
        };
        step.Db.OrderDecisions.Add(OrderDecision.Record(step.Order.Id, Name, OrderStep.ToJson(outcome),
            decision.RulesFired, step.Now));
        if (assessment.ReviewRequired)
        {
            step.Order.MoveTo(OrderStatus.InReview, assessment.Reasons, step.Now);
        }

        step.Output("fraud", outcome);
        return Task.CompletedTask;
    }
}

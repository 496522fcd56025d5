using EcomErp.Commerce.Finance;
using EcomErp.Commerce.Orders;
using EcomErp.Rules.Fraud;
using EcomErp.Rules.Parameters;
using EcomErp.Rules.Posting;
using EcomErp.Rules.Routing;
using NRules;
using NRules.Fluent;

namespace EcomErp.Rules;

/// <summary>
/// The three rule sets, compiled once. Compiling is expensive, so keep one instance for the life of the process;
/// each evaluation runs in its own session and is safe to call from many threads.
/// </summary>
public sealed class RuleSets
{
    private readonly ISessionFactory fraud;
    private readonly ISessionFactory routing;
    private readonly ISessionFactory posting;

    private RuleSets(RuleParameters parameters)
    {
        Parameters = parameters;
        var repository = new RuleRepository();
        foreach (var name in new[] { RuleSetNames.Fraud, RuleSetNames.Routing, RuleSetNames.Posting })
        {
            repository.Load(spec => spec.From(typeof(RuleSets).Assembly).PrivateTypes(true)
                .Where(rule => rule.IsTagged(name)).To(name));
        }

        var compiler = new RuleCompiler();
        var sets = repository.GetRuleSets();
        ISessionFactory Compile(string name) => compiler.Compile(sets.Where(set => set.Name == name));
        (fraud, routing, posting) = (Compile(RuleSetNames.Fraud), Compile(RuleSetNames.Routing),
            Compile(RuleSetNames.Posting));
    }

    /// <summary>The parameters every evaluation uses.</summary>
    public RuleParameters Parameters { get; }

    /// <summary>Compiles the rule sets with <paramref name="parameters"/>.</summary>
    public static RuleSets Compile(RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new RuleSets(parameters);
    }

    /// <summary>Screens an order for fraud: whether it needs a person's review, its score, and why.</summary>
    public RuleDecision<FraudAssessment> AssessFraud(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return RuleEvaluation.Run(fraud, FraudScreening.Facts(order, Parameters.Fraud), FraudScreening.Assess);
    }

    /// <summary>
    /// Chooses where the order's lines ship from: one node that can ship them all, the cheapest such node first;
    /// otherwise each line from the cheapest node that covers it; lines no node covers are named.
    /// </summary>
    public RuleDecision<RoutePlan> PlanRoute(RoutingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RuleEvaluation.Run(routing, RoutePlanning.Facts(request),
            session => RoutePlanning.Plan(session, request));
    }

    /// <summary>Chooses the accounts a sale on <paramref name="channelCode"/> is posted to.</summary>
    /// <param name="channelCode">The channel the sale came from.</param>
    /// <param name="payloadSaysWhoCollectsTax">
    /// The order's payload marks the tax a marketplace collected item by item, so that the channel's place in
    /// <see cref="PostingParameters.MarketplaceTaxChannels"/> does not send the seller's tax to clearing as well.
    /// </param>
    public RuleDecision<PostingTreatment> TreatPosting(string channelCode, bool payloadSaysWhoCollectsTax = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelCode);
        return RuleEvaluation.Run(posting,
            PostingTreatments.Facts(channelCode, payloadSaysWhoCollectsTax, Parameters.Posting),
            PostingTreatments.Read);
    }
}

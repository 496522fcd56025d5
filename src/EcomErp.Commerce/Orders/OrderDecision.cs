namespace EcomErp.Commerce.Orders;

/// <summary>
/// A decision a rule set made about an order (fraud screening, routing), kept with the rules that fired so that
/// anyone can see later why the order went where it went.
/// </summary>
public sealed class OrderDecision
{
    private OrderDecision()
    {
    }

    public long Id { get; private set; }

    public Guid OrderId { get; private set; }

    /// <summary>Which decision: <c>fraud-screening</c>, <c>fulfillment-routing</c>.</summary>
    public string Kind { get; private set; } = "";

    /// <summary>The result as JSON.</summary>
    public string Outcome { get; private set; } = "{}";

    public List<string> RulesFired { get; private set; } = [];

    public DateTimeOffset DecidedAt { get; private set; }

    public static OrderDecision Record(Guid orderId, string kind, string outcomeJson, IEnumerable<string> rulesFired,
        DateTimeOffset at) => new()
        {
            OrderId = orderId,
            Kind = kind,
            Outcome = outcomeJson,
            RulesFired = [.. rulesFired],
            DecidedAt = at.ToUniversalTime(),
        };
}

using EcomErp.Commerce.Orders;
using EcomErp.Rules.Parameters;
using NRules;

namespace EcomErp.Rules.Fraud;

/// <summary>Turns an order into fraud facts, and the session's conclusions into an assessment.</summary>
internal static class FraudScreening
{
    public static IEnumerable<object> Facts(Order order, FraudParameters parameters)
    {
        var email = new CustomerContact(order.CustomerEmail, null, null);
        yield return new OrderRisk(order.Total, order.Currency, order.BillingAddress?.CountryCode,
            order.ShippingAddress?.CountryCode, email.EmailDomain);
        yield return parameters;
        foreach (var sku in order.Lines.GroupBy(line => line.Sku, StringComparer.Ordinal))
        {
            yield return new SkuQuantity(sku.Key, sku.Sum(line => line.Quantity));
        }

        foreach (var (currency, amount) in parameters.ReviewThresholds)
        {
            yield return new ReviewThreshold(currency, amount);
        }

        foreach (var domain in parameters.RiskyEmailDomains)
        {
            yield return new RiskyEmailDomain(domain.ToLowerInvariant());
        }
    }

    public static FraudAssessment Assess(ISession session)
    {
        var signals = session.Query<FraudSignal>().ToArray();
        return new FraudAssessment(
            session.Query<ReviewRequired>().Any(),
            signals.Sum(signal => signal.Score),
            [.. signals.Select(signal => signal.Reason)]);
    }
}

namespace EcomErp.Rules.Fraud;

/// <summary>The facts about an order that fraud rules look at.</summary>
/// <param name="Total">The order total in the shop currency.</param>
/// <param name="Currency">The shop currency.</param>
/// <param name="BillingCountry">The billing address's country, if known.</param>
/// <param name="ShippingCountry">The shipping address's country, if known.</param>
/// <param name="EmailDomain">The customer's e-mail domain in lower case, if known.</param>
internal sealed record OrderRisk(
    decimal Total,
    string Currency,
    string? BillingCountry,
    string? ShippingCountry,
    string? EmailDomain);

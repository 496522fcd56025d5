namespace EcomErp.Commerce.Orders;

/// <summary>A billing or shipping address.</summary>
/// <param name="Name">The addressee.</param>
/// <param name="Company">The company line, if any.</param>
/// <param name="Line1">The street line.</param>
/// <param name="Line2">A second street line, if any.</param>
/// <param name="City">The city or town.</param>
/// <param name="Region">The state, province or region code where the channel gives one, otherwise its name.</param>
/// <param name="PostalCode">The postal or ZIP code.</param>
/// <param name="CountryCode">The ISO 3166-1 alpha-2 country code, such as US.</param>
/// <param name="Phone">A phone number for the carrier.</param>
public sealed record PostalAddress(
    string? Name,
    string? Company,
    string? Line1,
    string? Line2,
    string? City,
    string? Region,
    string? PostalCode,
    string? CountryCode,
    string? Phone);

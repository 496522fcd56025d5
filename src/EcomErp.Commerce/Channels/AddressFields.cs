namespace EcomErp.Commerce.Channels;

/// <summary>The property names a format uses for the parts of a postal address.</summary>
/// <param name="Name">The addressee's full name; when absent it is built from the first and last names.</param>
/// <param name="FirstName">The addressee's first name.</param>
/// <param name="LastName">The addressee's last name.</param>
/// <param name="Company">The company line.</param>
/// <param name="Line1">The first street line.</param>
/// <param name="Line2">The second street line.</param>
/// <param name="City">The city.</param>
/// <param name="Region">The region code or name, tried first.</param>
/// <param name="RegionFallback">The region name, tried when <paramref name="Region"/> is absent.</param>
/// <param name="PostalCode">The postal code.</param>
/// <param name="Country">The ISO 3166-1 alpha-2 country code.</param>
/// <param name="Phone">The phone number.</param>
internal sealed record AddressFields(
    string Name,
    string FirstName,
    string LastName,
    string Company,
    string Line1,
    string Line2,
    string City,
    string Region,
    string RegionFallback,
    string PostalCode,
    string Country,
    string Phone);

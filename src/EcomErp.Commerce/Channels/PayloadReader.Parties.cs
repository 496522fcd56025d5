using System.Text.Json;
using EcomErp.Commerce.Orders;

namespace EcomErp.Commerce.Channels;

internal sealed partial class PayloadReader
{
    /// <summary>The address object <paramref name="name"/> under <paramref name="parent"/>, if there is one.</summary>
    public PostalAddress? Address(JsonElement parent, string path, string name, AddressFields fields)
    {
        var field = PathOf(path, name);
        return Object(parent, path, name) is { } address ? Address(address, field, fields) : null;
    }

    /// <summary>Reads <paramref name="address"/>, an address object at <paramref name="path"/>.</summary>
    public PostalAddress Address(JsonElement address, string path, AddressFields fields) => new(
        Text(address, path, fields.Name) ?? FullName(address, path, fields.FirstName, fields.LastName),
        Blank(Text(address, path, fields.Company)),
        Text(address, path, fields.Line1),
        Blank(Text(address, path, fields.Line2)),
        Text(address, path, fields.City),
        Blank(Text(address, path, fields.Region)) ?? Blank(Text(address, path, fields.RegionFallback)),
        Text(address, path, fields.PostalCode),
        CountryCode(address, path, fields.Country),
        Blank(Text(address, path, fields.Phone)));

    /// <summary>First and last name joined, or null when both are absent or blank.</summary>
    public string? FullName(JsonElement person, string path, string firstName, string lastName)
    {
        var parts = new[] { Text(person, path, firstName), Text(person, path, lastName) };
        var name = string.Join(' ', parts.Where(part => !string.IsNullOrWhiteSpace(part)));
        return name.Length == 0 ? null : name;
    }

    /// <summary>Null for an empty or blank text, which several formats send instead of leaving a field out.</summary>
    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}

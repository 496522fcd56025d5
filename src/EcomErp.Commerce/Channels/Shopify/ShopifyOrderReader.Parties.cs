using System.Text.Json;
using EcomErp.Commerce.Orders;

namespace EcomErp.Commerce.Channels.Shopify;

internal sealed partial class ShopifyOrderReader
{
    private CustomerContact ReadCustomer()
    {
        var customer = reader.Object(root, Root, "customer");
        var email = reader.Text(root, Root, "email") ?? reader.Text(root, Root, "contact_email")
            ?? ReadFrom(customer, "customer", "email");
        var phone = reader.Text(root, Root, "phone") ?? ReadFrom(customer, "customer", "phone");
        var name = customer is { } value ? FullName(value, "customer") : null;
        return new CustomerContact(email, name, phone);
    }

    private PostalAddress? ReadAddress(string name)
    {
        if (reader.Object(root, Root, name) is not { } address)
        {
            return null;
        }

        return new PostalAddress(
            reader.Text(address, name, "name") ?? FullName(address, name),
            reader.Text(address, name, "company"),
            reader.Text(address, name, "address1"),
            reader.Text(address, name, "address2"),
            reader.Text(address, name, "city"),
            reader.Text(address, name, "province_code") ?? reader.Text(address, name, "province"),
            reader.Text(address, name, "zip"),
            reader.CountryCode(address, name, "country_code"),
            reader.Text(address, name, "phone"));
    }

    private string? FullName(JsonElement person, string path)
    {
        var parts = new[] { reader.Text(person, path, "first_name"), reader.Text(person, path, "last_name") };
        var name = string.Join(' ', parts.Where(part => !string.IsNullOrWhiteSpace(part)));
        return name.Length == 0 ? null : name;
    }

    private string? ReadFrom(JsonElement? parent, string path, string name) =>
        parent is { } value ? reader.Text(value, path, name) : null;
}

using EcomErp.Commerce.Orders;

namespace EcomErp.Commerce.Channels.Canonical;

internal sealed partial class CanonicalOrderReader
{
    private CustomerContact ReadCustomer()
    {
        const string path = "customer";
        return reader.Object(root, Root, path) is { } customer
            ? new CustomerContact(
                reader.Text(customer, path, "email"),
                reader.Text(customer, path, "name"),
                reader.Text(customer, path, "phone"))
            : CustomerContact.Unknown;
    }

    private PostalAddress? ReadAddress(string path) =>
        reader.Object(root, Root, path) is { } address
            ? new PostalAddress(
                reader.Text(address, path, "name"),
                reader.Text(address, path, "company"),
                reader.Text(address, path, "line1"),
                reader.Text(address, path, "line2"),
                reader.Text(address, path, "city"),
                reader.Text(address, path, "region"),
                reader.Text(address, path, "postalCode"),
                reader.CountryCode(address, path, "countryCode"),
                reader.Text(address, path, "phone"))
            : null;
}

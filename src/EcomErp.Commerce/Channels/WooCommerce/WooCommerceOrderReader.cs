using System.Globalization;
using System.Text.Json;
using EcomErp.Commerce.Orders;

namespace EcomErp.Commerce.Channels.WooCommerce;

/// <summary>Reads one WooCommerce order payload; a new reader serves each payload.</summary>
internal sealed partial class WooCommerceOrderReader(JsonElement root, PayloadReader reader)
{
    private const string Root = PayloadReader.Root;

    private static readonly AddressFields AddressNames = new("name", "first_name", "last_name", "company",
        "address_1", "address_2", "city", "state", "state", "postcode", "country", "phone");

    private readonly string currency = reader.ShopCurrency(root, "currency");

    public CanonicalOrder Read()
    {
        RefuseTaxInclusivePrices();
        var id = reader.Identifier(root, Root, "id", required: true) ?? "";
        var status = reader.Text(root, Root, "status");
        var modified = UtcTimestamp("date_modified_gmt", required: false);
        var order = new CanonicalOrder
        {
            ChannelOrderId = id,
            OrderName = reader.Text(root, Root, "number") ?? id,
            PlacedAt = UtcTimestamp("date_created_gmt", required: true) ?? default,
            UpdatedAt = modified,
            Currency = currency,
            PresentmentCurrency = currency,
            Customer = ReadCustomer(),
            BillingAddress = reader.Address(root, Root, "billing", AddressNames),
            ShippingAddress = reader.Address(root, Root, "shipping", AddressNames),
            Lines = ReadLines(),
            ShippingLines = [.. ReadShippingLines(), .. ReadFeeLines()],
            ClaimedTotals = ReadClaimedTotals(),
            CancelledAt = status == "cancelled" ? modified : null,
            CancelReason = status == "cancelled" ? "cancelled in WooCommerce" : null,
            FinancialStatus = status,
            Fields = new PayloadFields("currency", "line_items", "total", "payment_method"),
        };
        return Check(order);
    }

    private CanonicalOrder Check(CanonicalOrder order)
    {
        if (reader.HasProblems)
        {
            return order;
        }

        var checkedOrder = reader.Items(root, Root, "refunds").Count > 0
            ? IntakeChecks.Warn(order, "refunds", "The order has refunds; they are not booked by intake.")
            : order;
        return IntakeChecks.CompareClaims(checkedOrder, "", "total");
    }

    private CustomerContact ReadCustomer()
    {
        if (reader.Object(root, Root, "billing") is not { } billing)
        {
            return CustomerContact.Unknown;
        }

        return new CustomerContact(
            PayloadReader.Blank(reader.Text(billing, "billing", "email")),
            reader.FullName(billing, "billing", "first_name", "last_name"),
            PayloadReader.Blank(reader.Text(billing, "billing", "phone")));
    }

    private ChannelTotals ReadClaimedTotals() => new(
        null,
        reader.Claim(root, Root, "total_tax", currency),
        reader.Claim(root, Root, "shipping_total", currency),
        reader.Claim(root, Root, "discount_total", currency),
        reader.Claim(root, Root, "total", currency));

    /// <summary>
    /// WooCommerce writes <c>_gmt</c> dates in UTC without a zone designator; they are read as UTC. The local
    /// twins carry no offset at all and are not used.
    /// </summary>
    private DateTimeOffset? UtcTimestamp(string name, bool required)
    {
        var text = reader.Text(root, Root, name, required);
        if (text is null)
        {
            return null;
        }

        var styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var at))
        {
            return at;
        }

        reader.Report(name, "must be a date and time such as 2017-03-22T19:28:02, in UTC");
        return null;
    }

    // With tax-inclusive prices the line totals already contain the tax, so adding the tax lines would count it
    // twice. Refusing is safer than booking such an order wrongly.
    private void RefuseTaxInclusivePrices()
    {
        if (reader.Flag(root, Root, "prices_include_tax", fallback: false))
        {
            reader.Report("prices_include_tax", "tax-inclusive prices are not supported yet; send prices without tax");
        }
    }
}

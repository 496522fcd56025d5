using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using EcomErp.Commerce.Orders;

namespace EcomErp.Commerce.Channels.BigCommerce;

/// <summary>Reads one BigCommerce envelope; a new reader serves each payload.</summary>
internal sealed partial class BigCommerceOrderReader
{
    private const string OrderPath = "order";
    private const int CancelledStatus = 5;

    private static readonly AddressFields AddressNames = new("name", "first_name", "last_name", "company",
        "street_1", "street_2", "city", "state", "state", "zip", "country_iso2", "phone");

    private readonly JsonElement root;
    private readonly JsonElement order;
    private readonly PayloadReader reader;
    private readonly string currency;

    public BigCommerceOrderReader(JsonElement root, PayloadReader reader)
    {
        this.root = root;
        this.reader = reader;
        order = reader.Object(root, PayloadReader.Root, OrderPath, required: true) ?? default;
        currency = reader.ShopCurrency(order, OrderPath, "default_currency_code");
    }

    public CanonicalOrder Read()
    {
        RefuseUnsupported();
        var id = reader.Identifier(order, OrderPath, "id", required: true) ?? "";
        var modified = Rfc2822(order, OrderPath, "date_modified", required: false);
        var cancelled = PayloadReader.Find(order, "status_id")?.ToString() == $"{CancelledStatus}";
        var canonical = new CanonicalOrder
        {
            ChannelOrderId = id,
            OrderName = id,
            PlacedAt = Rfc2822(order, OrderPath, "date_created", required: true) ?? default,
            UpdatedAt = modified,
            Currency = currency,
            PresentmentCurrency = reader.Currency(order, OrderPath, "currency_code") ?? currency,
            Customer = ReadCustomer(),
            BillingAddress = reader.Address(order, OrderPath, "billing_address", AddressNames),
            ShippingAddress = ReadShippingAddress(),
            Lines = ReadLines(id),
            ShippingLines = ReadCharges(),
            Tenders = ReadTenders(),
            ClaimedTotals = ReadClaimedTotals(),
            CancelledAt = cancelled ? modified : null,
            CancelReason = cancelled ? reader.Text(order, OrderPath, "status") : null,
            FinancialStatus = PayloadReader.Blank(reader.Text(order, OrderPath, "payment_status")),
            Fields = new PayloadFields($"{OrderPath}.default_currency_code", "products",
                $"{OrderPath}.total_inc_tax", $"{OrderPath}.gift_certificate_amount"),
        };
        return Check(canonical);
    }

    private CanonicalOrder Check(CanonicalOrder canonical)
    {
        if (reader.HasProblems)
        {
            return canonical;
        }

        var spread = SpreadOrderDiscount(canonical);
        return IntakeChecks.CompareClaims(spread, "", $"{OrderPath}.total_inc_tax");
    }

    private CustomerContact ReadCustomer()
    {
        const string path = $"{OrderPath}.billing_address";
        return reader.Object(order, OrderPath, "billing_address") is { } billing
            ? new CustomerContact(
                PayloadReader.Blank(reader.Text(billing, path, "email")),
                reader.FullName(billing, path, "first_name", "last_name"),
                PayloadReader.Blank(reader.Text(billing, path, "phone")))
            : CustomerContact.Unknown;
    }

    /// <summary>The one shipping address; an order split over several addresses is refused.</summary>
    private PostalAddress? ReadShippingAddress()
    {
        var addresses = reader.Items(root, PayloadReader.Root, "shipping_addresses");
        if (addresses.Count > 1)
        {
            reader.Report("shipping_addresses", $"lists {addresses.Count} addresses; orders shipped to several " +
                "addresses are not supported yet");
        }

        return addresses.Count == 0 ? null : reader.Address(addresses[0], "shipping_addresses[0]", AddressNames);
    }

    private void RefuseUnsupported()
    {
        if (reader.Flag(order, OrderPath, "is_tax_inclusive_pricing", fallback: false))
        {
            reader.Report($"{OrderPath}.is_tax_inclusive_pricing",
                "tax-inclusive prices are not supported yet; send prices without tax");
        }

        var storeCurrency = PayloadReader.Blank(reader.Text(order, OrderPath, "store_default_currency_code"));
        if (storeCurrency is not null && storeCurrency != currency)
        {
            reader.Report($"{OrderPath}.store_default_currency_code", $"is {storeCurrency}, but the order's amounts " +
                $"are in {currency}; orders that need converting to the store currency are not supported yet");
        }
    }

    /// <summary>BigCommerce dates are RFC 2822, such as <c>Tue, 05 Mar 2019 21:40:11 +0000</c>.</summary>
    private DateTimeOffset? Rfc2822(JsonElement parent, string path, string name, bool required)
    {
        var text = PayloadReader.Blank(reader.Text(parent, path, name, required));
        if (text is null)
        {
            return null;
        }

        var withColon = OffsetPattern().Replace(text, "$1:$2");
        if (DateTimeOffset.TryParseExact(withColon, "ddd, d MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var at))
        {
            return at;
        }

        reader.Report(PayloadReader.PathOf(path, name),
            "must be an RFC 2822 date such as Tue, 05 Mar 2019 21:40:11 +0000");
        return null;
    }

    [GeneratedRegex(@"([+-]\d{2})(\d{2})$")]
    private static partial Regex OffsetPattern();
}

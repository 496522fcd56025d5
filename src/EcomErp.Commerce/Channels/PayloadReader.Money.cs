using System.Globalization;
using System.Text.Json;
using EcomErp.Commerce.Monetary;

namespace EcomErp.Commerce.Channels;

internal sealed partial class PayloadReader
{
    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    // Stands in for a missing or unknown shop currency so that reading goes on and reports every other problem;
    // the order is discarded anyway, because the currency problem has been reported.
    private const string StandInCurrency = "USD";

    public decimal? Decimal(JsonElement parent, string path, string name, bool required = false)
    {
        var field = PathOf(path, name);
        if (Find(parent, name) is not { } value)
        {
            return Missing<decimal?>(field, required);
        }

        return ParseDecimal(value) switch
        {
            null => Refuse<decimal?>(field, "must be a decimal number, written as a string or a number"),
            { } number when Math.Abs(number) > IntakeLimits.MaxAmount => Refuse<decimal?>(field,
                string.Create(CultureInfo.InvariantCulture,
                    $"is {number}, more than {IntakeLimits.MaxAmount:N0}, the largest amount taken")),
            { } number => number,
        };
    }

    /// <summary>
    /// An amount the order is built from: not negative, and whole in the currency's minor unit (cents for USD,
    /// yen for JPY), because such amounts are allocated and posted to the cent.
    /// </summary>
    public Money? Money(JsonElement parent, string path, string name, string currency, bool required = false)
    {
        if (Decimal(parent, path, name, required) is not { } amount)
        {
            return null;
        }

        var money = new Money(amount, currency);
        var field = PathOf(path, name);
        return amount < 0m ? Refuse<Money?>(field, "must not be negative")
            : !money.IsWholeMinorUnits ? Refuse<Money?>(field, BelowMinorUnit(money))
            : money;
    }

    /// <summary>An amount the channel claims, such as a total, kept only to compare; read as it is.</summary>
    public Money? Claim(JsonElement parent, string path, string name, string currency) =>
        Decimal(parent, path, name) is { } amount ? new Money(amount, currency) : null;

    public string? Currency(JsonElement parent, string path, string name, bool required = false)
    {
        var code = Text(parent, path, name, required);
        return code is null || Currencies.IsKnown(code)
            ? code
            : Refuse<string>(PathOf(path, name), $"'{code}' is not a known ISO 4217 currency code in upper case");
    }

    /// <summary>The shop currency every amount is read in; reports a problem and stands in for a bad one.</summary>
    public string ShopCurrency(JsonElement parent, string name) => ShopCurrency(parent, Root, name);

    /// <summary>The shop currency at <paramref name="path"/>; reports a problem and stands in for a bad one.</summary>
    public string ShopCurrency(JsonElement parent, string path, string name) =>
        Currency(parent, path, name, required: true) ?? StandInCurrency;

    /// <summary>Reports that the currency at <paramref name="field"/> is missing, and stands in for it.</summary>
    public string MissingCurrency(string field, string reason)
    {
        Report(field, reason);
        return StandInCurrency;
    }

    /// <summary>Reports that <paramref name="field"/> is <paramref name="found"/>, not the order's currency.</summary>
    public void CurrencyMismatch(string field, string found, string expected) =>
        Report(field, $"is {found}, but the order's amounts are in {expected}; one order takes one currency");

    public string? CountryCode(JsonElement parent, string path, string name)
    {
        var code = Blank(Text(parent, path, name));
        return code is null || (code.Length == 2 && code.All(char.IsAsciiLetterUpper))
            ? code
            : Refuse<string>(PathOf(path, name), "must be a two-letter ISO 3166 country code in upper case");
    }

    private static string BelowMinorUnit(Money money) =>
        $"{money.Amount.ToString(CultureInfo.InvariantCulture)} has digits below the smallest unit of " +
        $"{money.Currency} ({Currencies.SmallestUnit(money.Currency).ToString(CultureInfo.InvariantCulture)})";

    /// <summary>A decimal written as a string or a number, or null; reports nothing.</summary>
    public static decimal? ParseDecimal(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetDecimal(out var number) => number,
        JsonValueKind.String when decimal.TryParse(value.GetString(), DecimalStyle, CultureInfo.InvariantCulture,
            out var parsed) => parsed,
        _ => null,
    };
}

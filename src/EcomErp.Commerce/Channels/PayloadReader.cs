using System.Globalization;
using System.Text.Json;
using EcomErp.Commerce.Monetary;

namespace EcomErp.Commerce.Channels;

/// <summary>
/// Reads typed fields out of a JSON payload and collects a <see cref="FieldProblem"/> for each field that is
/// missing or malformed, so that a mapper can report every problem at once instead of stopping at the first.
/// Each read names its field by the parent's path and the property name.
/// </summary>
internal sealed class PayloadReader
{
    /// <summary>The path of the payload's top-level object, to which property names are appended.</summary>
    public const string Root = "";

    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    // Stands in for a missing or unknown shop currency so that reading goes on and reports every other problem;
    // the order is discarded anyway, because the currency problem has been reported.
    private const string StandInCurrency = "USD";

    private readonly List<FieldProblem> problems = [];

    public IReadOnlyList<FieldProblem> Problems => problems;

    public bool HasProblems => problems.Count > 0;

    public static string PathOf(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    public static string PathOf(string parent, int index) => $"{parent}[{index}]";

    public void Report(string field, string reason) => problems.Add(new FieldProblem(field, reason));

    /// <summary>The property's value, or null when it is absent or JSON null.</summary>
    public static JsonElement? Find(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object
        && parent.TryGetProperty(name, out var value)
        && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    public string? Text(JsonElement parent, string path, string name, bool required = false)
    {
        var field = PathOf(path, name);
        if (Find(parent, name) is not { } value)
        {
            return Missing<string>(field, required);
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return Refuse<string>(field, "must be a string");
        }

        return CheckedText(field, value.GetString()!, required);
    }

    public string? ItemText(JsonElement item, string field) =>
        item.ValueKind == JsonValueKind.String
            ? CheckedText(field, item.GetString()!, required: true)
            : Refuse<string>(field, "must be a string");

    public decimal? Decimal(JsonElement parent, string path, string name, bool required = false)
    {
        var field = PathOf(path, name);
        if (Find(parent, name) is not { } value)
        {
            return Missing<decimal?>(field, required);
        }

        return ParseDecimal(value)
            ?? Refuse<decimal?>(field, "must be a decimal number, written as a string or a number");
    }

    public Money? Money(JsonElement parent, string path, string name, string currency, bool required = false) =>
        Decimal(parent, path, name, required) is { } amount ? new Money(amount, currency) : null;

    public int? Quantity(JsonElement parent, string path, string name)
    {
        var field = PathOf(path, name);
        return Find(parent, name) switch
        {
            null => Missing<int?>(field, required: true),
            { ValueKind: not JsonValueKind.Number } => Refuse<int?>(field, "must be a whole number, not a string"),
            { } value when !value.TryGetInt32(out _) => Refuse<int?>(field, "must be a whole number"),
            { } value when value.GetInt32() <= 0 => Refuse<int?>(field, "must be greater than zero"),
            { } value => value.GetInt32(),
        };
    }

    public DateTimeOffset? Timestamp(JsonElement parent, string path, string name, bool required = false)
    {
        var field = PathOf(path, name);
        if (Find(parent, name) is not { } value)
        {
            return Missing<DateTimeOffset?>(field, required);
        }

        return value.ValueKind == JsonValueKind.String && value.TryGetDateTimeOffset(out var at)
            ? at
            : Refuse<DateTimeOffset?>(field, "must be an ISO 8601 date and time with an offset");
    }

    public bool Flag(JsonElement parent, string path, string name, bool fallback)
    {
        var value = Find(parent, name);
        if (value?.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.Value.GetBoolean();
        }

        if (value is not null)
        {
            Report(PathOf(path, name), "must be true or false");
        }

        return fallback;
    }

    public string? Currency(JsonElement parent, string path, string name, bool required = false)
    {
        var code = Text(parent, path, name, required);
        return code is null || Currencies.IsKnown(code)
            ? code
            : Refuse<string>(PathOf(path, name), $"'{code}' is not a known ISO 4217 currency code in upper case");
    }

    /// <summary>The shop currency every amount is read in; reports a problem and stands in for a bad one.</summary>
    public string ShopCurrency(JsonElement root, string name) =>
        Currency(root, Root, name, required: true) ?? StandInCurrency;

    public string? CountryCode(JsonElement parent, string path, string name)
    {
        var code = Text(parent, path, name);
        return code is null || (code.Length == 2 && code.All(char.IsAsciiLetterUpper))
            ? code
            : Refuse<string>(PathOf(path, name), "must be a two-letter ISO 3166 country code in upper case");
    }

    public IReadOnlyList<JsonElement> Items(JsonElement parent, string path, string name, bool required = false)
    {
        var field = PathOf(path, name);
        return Find(parent, name) switch
        {
            null when required => Refuse<JsonElement[]>(field, "is required and must list at least one item") ?? [],
            null => [],
            { ValueKind: JsonValueKind.Array } value when required && value.GetArrayLength() == 0 =>
                Refuse<JsonElement[]>(field, "must list at least one item") ?? [],
            { ValueKind: JsonValueKind.Array } value => [.. value.EnumerateArray()],
            _ => Refuse<JsonElement[]>(field, "must be an array") ?? [],
        };
    }

    public JsonElement? Object(JsonElement parent, string path, string name) => Find(parent, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Object } value => value,
        _ => Refuse<JsonElement?>(PathOf(path, name), "must be an object"),
    };

    private static decimal? ParseDecimal(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetDecimal(out var number) => number,
        JsonValueKind.String when decimal.TryParse(value.GetString(), DecimalStyle, CultureInfo.InvariantCulture,
            out var parsed) => parsed,
        _ => null,
    };

    private string? CheckedText(string field, string text, bool required)
    {
        if (text.Any(char.IsControl))
        {
            return Refuse<string>(field, "must not contain control characters");
        }

        return required && string.IsNullOrWhiteSpace(text) ? Refuse<string>(field, "must not be empty") : text;
    }

    private T? Missing<T>(string field, bool required)
    {
        if (required)
        {
            Report(field, "is required");
        }

        return default;
    }

    private T? Refuse<T>(string field, string reason)
    {
        Report(field, reason);
        return default;
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace EcomErp.Commerce.Channels;

/// <summary>
/// Reads typed fields out of a JSON payload and collects a <see cref="FieldProblem"/> for each field that is
/// missing or malformed, so that a mapper can report every problem at once instead of stopping at the first.
/// Each read names its field by the parent's path and the property name.
/// </summary>
internal sealed partial class PayloadReader
{
    /// <summary>The path of the payload's top-level object, to which property names are appended.</summary>
    public const string Root = "";

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

    public int? Quantity(JsonElement parent, string path, string name)
    {
        var field = PathOf(path, name);
        return Find(parent, name) switch
        {
            null => Missing<int?>(field, required: true),
            { ValueKind: not JsonValueKind.Number } => Refuse<int?>(field, "must be a whole number, not a string"),
            { } value when !value.TryGetInt32(out _) => Refuse<int?>(field, "must be a whole number"),
            { } value when value.GetInt32() <= 0 => Refuse<int?>(field, "must be greater than zero"),
            { } value when value.GetInt32() > IntakeLimits.MaxQuantity => Refuse<int?>(field,
                $"must not be more than {IntakeLimits.MaxQuantity.ToString("N0", CultureInfo.InvariantCulture)}"),
            { } value => value.GetInt32(),
        };
    }

    /// <summary>
    /// An ISO 8601 date and time that states its offset from UTC. Without one the moment is unknown: reading it in
    /// the server's own time zone would move the order in time, so it is refused rather than guessed.
    /// </summary>
    public DateTimeOffset? Timestamp(JsonElement parent, string path, string name, bool required = false)
    {
        var field = PathOf(path, name);
        if (Find(parent, name) is not { } value)
        {
            return Missing<DateTimeOffset?>(field, required);
        }

        if (value.ValueKind != JsonValueKind.String || !value.TryGetDateTimeOffset(out var at))
        {
            return Refuse<DateTimeOffset?>(field, "must be an ISO 8601 date and time with an offset");
        }

        return EndsWithOffset().IsMatch(value.GetString()!)
            ? at
            : Refuse<DateTimeOffset?>(field, "has no offset from UTC; an offset is required, as in " +
                "2026-05-06T14:03:11Z or 2026-05-06T14:03:11-07:00");
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

    public JsonElement? Object(JsonElement parent, string path, string name, bool required = false) =>
        Find(parent, name) switch
        {
            null => Missing<JsonElement?>(PathOf(path, name), required),
            { ValueKind: JsonValueKind.Object } value => value,
            _ => Refuse<JsonElement?>(PathOf(path, name), "must be an object"),
        };

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

    /// <summary>A time part followed by <c>Z</c> or a signed offset such as <c>+02:00</c>.</summary>
    [GeneratedRegex(@"T[^Zz+-]*(?:[Zz]|[+-]\d{2}(?::?\d{2})?)$")]
    private static partial Regex EndsWithOffset();
}

using System.Globalization;
using System.Text.Json;

namespace EcomErp.Commerce.Channels;

internal sealed partial class PayloadReader
{
    /// <summary>The most characters (Unicode scalar values) any text field may hold.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>The most characters an identifier or SKU may hold; the database keeps 128.</summary>
    public const int MaxIdLength = 128;

    public string? Text(JsonElement parent, string path, string name, bool required = false,
        int maxLength = MaxTextLength)
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

        return ReadString(value, field) is { } text ? CheckedText(field, text, required, maxLength) : null;
    }

    public string? ItemText(JsonElement item, string field) =>
        item.ValueKind == JsonValueKind.String
            ? ReadString(item, field) is { } text ? CheckedText(field, text, required: true, MaxTextLength) : null
            : Refuse<string>(field, "must be a string");

    /// <summary>An id written as a JSON string or a whole JSON number, as text.</summary>
    public string? Identifier(JsonElement parent, string path, string name, bool required = false)
    {
        var field = PathOf(path, name);
        return Find(parent, name) switch
        {
            null => Missing<string>(field, required),
            { ValueKind: JsonValueKind.Number } value when value.TryGetInt64(out var number) && number >= 0 =>
                number.ToString(CultureInfo.InvariantCulture),
            { ValueKind: JsonValueKind.Number } => Refuse<string>(field, "must be a whole number that is not negative"),
            { ValueKind: JsonValueKind.String } => Text(parent, path, name, required, MaxIdLength),
            _ => Refuse<string>(field, "must be a string or a whole number"),
        };
    }

    /// <summary>One of <typeparamref name="TEnum"/>'s names, in any case; numbers are refused.</summary>
    public TEnum? Choice<TEnum>(JsonElement parent, string path, string name, bool required = false)
        where TEnum : struct, Enum
    {
        var text = Text(parent, path, name, required);
        if (text is null)
        {
            return null;
        }

        return Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && !char.IsAsciiDigit(text[0])
            ? value
            : Refuse<TEnum?>(PathOf(path, name), $"'{text}' is not one of {string.Join(", ", Enum.GetNames<TEnum>())}");
    }

    /// <summary>The first characters of <paramref name="text"/>, never cutting through a character.</summary>
    public static string Preview(string text, int maxElements = 40)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        var length = 0;
        for (var count = 0; count < maxElements && enumerator.MoveNext(); count++)
        {
            length = enumerator.ElementIndex + ((string)enumerator.Current).Length;
        }

        return length >= text.Length ? text : text[..length] + "…";
    }

    private string? ReadString(JsonElement value, string field)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            // Raised for escapes such as a lone \ud800, which name no character and cannot be stored as text.
            return Refuse<string>(field, "is not valid Unicode text");
        }
    }

    private string? CheckedText(string field, string text, bool required, int maxLength)
    {
        if (text.Any(char.IsControl))
        {
            return Refuse<string>(field, "must not contain control characters");
        }

        var length = text.EnumerateRunes().Count();
        if (length > maxLength)
        {
            return Refuse<string>(field, $"has {length} characters, more than the {maxLength} allowed " +
                $"(it starts '{Preview(text)}')");
        }

        return required && string.IsNullOrWhiteSpace(text) ? Refuse<string>(field, "must not be empty") : text;
    }
}

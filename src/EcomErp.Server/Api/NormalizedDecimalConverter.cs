using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcomErp.Server.Api;

/// <summary>
/// Writes decimals without the trailing zeros of their storage scale, so that an amount read back from a
/// numeric(19,4) column (156.6600) looks the same as the one computed in memory (156.66). Reads them as numbers
/// or as strings, the way money travels between commerce systems, so "4.10" and 4.10 mean the same.
/// </summary>
internal sealed class NormalizedDecimalConverter : JsonConverter<decimal>
{
    // A sign and a decimal point only: "1,5" must not be read as fifteen.
    private const System.Globalization.NumberStyles WrittenAsText =
        System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint;

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            && decimal.TryParse(reader.GetString(), WrittenAsText, System.Globalization.CultureInfo.InvariantCulture,
                out var written)
            ? written
            : reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(Normalize(value));

    /// <summary>The same value at the smallest scale that still represents it exactly.</summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}

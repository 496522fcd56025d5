using System.Text.Json;

namespace EcomErp.Rules.Parameters;

/// <summary>
/// The values analysts tune without touching the rules, read from parameters.json. They enter each evaluation as
/// facts, so changing them needs no recompilation of the rules.
/// </summary>
/// <param name="Fraud">Fraud screening thresholds and scores.</param>
/// <param name="Posting">Posting treatment settings.</param>
public sealed record RuleParameters(FraudParameters Fraud, PostingParameters Posting)
{
    /// <summary>The file name the parameters ship under, beside the rules assembly.</summary>
    public const string FileName = "parameters.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    /// <summary>Reads parameters from <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is empty or not valid parameters.</exception>
    public static RuleParameters Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<RuleParameters>(File.ReadAllBytes(path), Json)
                ?? throw new InvalidDataException($"The rule parameters file {path} is empty.");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"The rule parameters file {path} is not valid: {exception.Message}",
                exception);
        }
    }

    /// <summary>Reads the parameters.json that ships beside the rules assembly.</summary>
    public static RuleParameters LoadDefault() => Load(Path.Combine(AppContext.BaseDirectory, FileName));
}

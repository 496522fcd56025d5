using System.Text.Json;
using EcomErp.Commerce.Orders;

namespace EcomErp.Commerce.Channels;

/// <summary>
/// Parses a payload and runs a format's reader over it, turning both kinds of failure into problems.
/// </summary>
internal static class PayloadDocument
{
    private const string Whole = "$";

    private static readonly JsonDocumentOptions Options = new()
    {
        MaxDepth = 32,
        AllowDuplicateProperties = false,
    };

    public static OrderMappingResult Map(
        ReadOnlyMemory<byte> utf8Json,
        Func<JsonElement, PayloadReader, CanonicalOrder> read)
    {
        using var document = TryParse(utf8Json, out var problem);
        if (document is null)
        {
            return OrderMappingResult.Failure([problem!]);
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return OrderMappingResult.Failure([new FieldProblem(Whole, "must be a JSON object")]);
        }

        var reader = new PayloadReader();
        var order = read(document.RootElement, reader);
        return reader.HasProblems
            ? OrderMappingResult.Failure(reader.Problems, order.ChannelOrderId)
            : OrderMappingResult.Success(order);
    }

    private static JsonDocument? TryParse(ReadOnlyMemory<byte> utf8Json, out FieldProblem? problem)
    {
        try
        {
            problem = null;
            return JsonDocument.Parse(utf8Json, Options);
        }
        catch (JsonException exception)
        {
            // The parser's message gives the line and byte position, which is what a sender needs to find the fault.
            problem = new FieldProblem(Whole, $"is not well-formed JSON: {exception.Message}");
            return null;
        }
    }
}

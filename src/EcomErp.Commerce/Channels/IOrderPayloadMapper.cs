namespace EcomErp.Commerce.Channels;

/// <summary>Turns one channel format's order payload into a canonical order.</summary>
public interface IOrderPayloadMapper
{
    /// <summary>The format this mapper reads.</summary>
    PayloadFormat Format { get; }

    /// <summary>
    /// Maps a UTF-8 JSON payload. Never throws for bad input: every problem comes back at once, each naming its field.
    /// </summary>
    OrderMappingResult Map(ReadOnlyMemory<byte> utf8Json);
}

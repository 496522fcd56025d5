namespace EcomErp.Commerce.Channels.Canonical;

/// <summary>
/// Maps the service's own canonical order JSON: camelCase names, money as decimal strings or numbers in the
/// order's currency. samples/canonical/order.json shows every field.
/// </summary>
public sealed class CanonicalOrderMapper : IOrderPayloadMapper
{
    /// <inheritdoc />
    public PayloadFormat Format => PayloadFormat.Canonical;

    /// <inheritdoc />
    public OrderMappingResult Map(ReadOnlyMemory<byte> utf8Json) =>
        PayloadDocument.Map(utf8Json, (root, reader) => new CanonicalOrderReader(root, reader).Read());
}

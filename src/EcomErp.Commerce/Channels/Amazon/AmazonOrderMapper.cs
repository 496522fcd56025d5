namespace EcomErp.Commerce.Channels.Amazon;

/// <summary>
/// Maps Amazon SP-API Orders v0 responses posted together in one envelope:
/// <c>{ "order": &lt;getOrder response&gt;, "orderItems": [&lt;getOrderItems response&gt;, …] }</c>, each response
/// exactly as the API returned it, with its <c>payload</c> wrapper, and one getOrderItems response a page in page
/// order. Every page must name the order's AmazonOrderId, and the last page must carry no NextToken, so that no
/// item is left out. samples/amazon/README.md describes the envelope.
/// </summary>
public sealed class AmazonOrderMapper : IOrderPayloadMapper
{
    /// <inheritdoc />
    public PayloadFormat Format => PayloadFormat.Amazon;

    /// <inheritdoc />
    public OrderMappingResult Map(ReadOnlyMemory<byte> utf8Json) =>
        PayloadDocument.Map(utf8Json, (root, reader) => new AmazonOrderReader(root, reader).Read());
}

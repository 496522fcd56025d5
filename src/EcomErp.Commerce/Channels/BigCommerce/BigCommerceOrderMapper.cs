namespace EcomErp.Commerce.Channels.BigCommerce;

/// <summary>
/// Maps a BigCommerce v2 order posted together with its sub-resources in one envelope:
/// <c>{ "order": &lt;GET /v2/orders/{id}&gt;, "products": &lt;GET /v2/orders/{id}/products&gt;,
/// "shipping_addresses": &lt;GET /v2/orders/{id}/shippingaddresses&gt; }</c>, each exactly as the API returned it;
/// <c>shipping_addresses</c> may be left out. Amounts are read in the transactional currency
/// (<c>default_currency_code</c>); samples/bigcommerce/README.md describes the envelope.
/// </summary>
public sealed class BigCommerceOrderMapper : IOrderPayloadMapper
{
    /// <inheritdoc />
    public PayloadFormat Format => PayloadFormat.BigCommerce;

    /// <inheritdoc />
    public OrderMappingResult Map(ReadOnlyMemory<byte> utf8Json) =>
        PayloadDocument.Map(utf8Json, (root, reader) => new BigCommerceOrderReader(root, reader).Read());
}

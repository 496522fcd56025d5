namespace EcomErp.Commerce.Channels.Shopify;

/// <summary>
/// Maps the body of Shopify's orders/create webhook (the REST order resource). Money is booked in the shop
/// currency, read from the <c>shop_money</c> side of each <c>*_set</c> field.
/// </summary>
public sealed class ShopifyOrderMapper : IOrderPayloadMapper
{
    /// <inheritdoc />
    public PayloadFormat Format => PayloadFormat.Shopify;

    /// <inheritdoc />
    public OrderMappingResult Map(ReadOnlyMemory<byte> utf8Json) =>
        PayloadDocument.Map(utf8Json, (root, reader) => new ShopifyOrderReader(root, reader).Read());
}

namespace EcomErp.Commerce.Channels.WooCommerce;

/// <summary>
/// Maps a WooCommerce REST v3 order, the body of its <c>order.created</c> and <c>order.updated</c> webhooks. Amounts
/// are strings (the line <c>price</c> is a number and is not used); a line's discount is its <c>subtotal</c> less
/// its <c>total</c>; dates are read from the <c>_gmt</c> fields as UTC.
/// </summary>
public sealed class WooCommerceOrderMapper : IOrderPayloadMapper
{
    /// <inheritdoc />
    public PayloadFormat Format => PayloadFormat.WooCommerce;

    /// <inheritdoc />
    public OrderMappingResult Map(ReadOnlyMemory<byte> utf8Json) =>
        PayloadDocument.Map(utf8Json, (root, reader) => new WooCommerceOrderReader(root, reader).Read());
}

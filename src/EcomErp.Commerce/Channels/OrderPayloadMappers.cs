using EcomErp.Commerce.Channels.Amazon;
using EcomErp.Commerce.Channels.BigCommerce;
using EcomErp.Commerce.Channels.Canonical;
using EcomErp.Commerce.Channels.Shopify;
using EcomErp.Commerce.Channels.WooCommerce;

namespace EcomErp.Commerce.Channels;

/// <summary>The mapper for each <see cref="PayloadFormat"/>.</summary>
public static class OrderPayloadMappers
{
    private static readonly IOrderPayloadMapper Shopify = new ShopifyOrderMapper();
    private static readonly IOrderPayloadMapper Canonical = new CanonicalOrderMapper();
    private static readonly IOrderPayloadMapper WooCommerce = new WooCommerceOrderMapper();
    private static readonly IOrderPayloadMapper Amazon = new AmazonOrderMapper();
    private static readonly IOrderPayloadMapper BigCommerce = new BigCommerceOrderMapper();

    /// <summary>The mapper that reads <paramref name="format"/>.</summary>
    public static IOrderPayloadMapper For(PayloadFormat format) => format switch
    {
        PayloadFormat.Shopify => Shopify,
        PayloadFormat.Canonical => Canonical,
        PayloadFormat.WooCommerce => WooCommerce,
        PayloadFormat.Amazon => Amazon,
        PayloadFormat.BigCommerce => BigCommerce,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "No mapper reads this format."),
    };
}

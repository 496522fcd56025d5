using EcomErp.Commerce.Channels.Canonical;
using EcomErp.Commerce.Channels.Shopify;

namespace EcomErp.Commerce.Channels;

/// <summary>The mapper for each <see cref="PayloadFormat"/>.</summary>
public static class OrderPayloadMappers
{
    private static readonly IOrderPayloadMapper Shopify = new ShopifyOrderMapper();
    private static readonly IOrderPayloadMapper Canonical = new CanonicalOrderMapper();

    /// <summary>The mapper that reads <paramref name="format"/>.</summary>
    public static IOrderPayloadMapper For(PayloadFormat format) => format switch
    {
        PayloadFormat.Shopify => Shopify,
        PayloadFormat.Canonical => Canonical,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "No mapper reads this format."),
    };
}

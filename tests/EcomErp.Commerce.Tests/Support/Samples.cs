using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Orders;

namespace EcomErp.Commerce.Tests.Support;

/// <summary>The repository's samples/ and seed/ files, copied beside the tests.</summary>
internal static class Samples
{
    public const string ShopifyDocs = "samples/shopify/orders-create.docs-sample.json";
    public const string ShopifyOpen = "samples/shopify/orders-create.open.json";
    public const string Canonical = "samples/canonical/order.json";
    public const string CanonicalFraud = "samples/canonical/order-fraud-review.json";
    public const string WooCommerceDocs = "samples/woocommerce/order.docs-sample.json";
    public const string AmazonGetOrderDocs = "samples/amazon/getOrder.docs-sample.json";
    public const string AmazonGetOrderItemsDocs = "samples/amazon/getOrderItems.docs-sample.json";
    public const string AmazonEnvelope = "samples/amazon/order-envelope.json";
    public const string BigCommerceOrderDocs = "samples/bigcommerce/order.docs-sample.json";
    public const string BigCommerceProductsDocs = "samples/bigcommerce/order-products.docs-sample.json";
    public const string BigCommerceEnvelope = "samples/bigcommerce/order-envelope.json";
    public const string DevSeed = "seed/dev-seed.json";

    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, relative);

    public static byte[] Read(string relative) => File.ReadAllBytes(PathOf(relative));

    public static CanonicalOrder Map(string relative, PayloadFormat format)
    {
        var result = OrderPayloadMappers.For(format).Map(Read(relative));
        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        return result.Order;
    }

    /// <summary>The text of a sample, to build envelopes and variants from.</summary>
    public static string Text(string relative) => File.ReadAllText(PathOf(relative));

    public static Order Receive(string relative, PayloadFormat format, string channel, DateTimeOffset now) =>
        Order.Receive(channel, Map(relative, format), now);
}

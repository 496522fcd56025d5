using System.Globalization;
using System.Text.Json.Nodes;

namespace EcomErp.Server.Tests.Support;

/// <summary>The repository's sample payloads, with fresh channel order ids so that tests do not collide.</summary>
internal static class Samples
{
    public static string Text(string relativePath) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", relativePath));

    /// <summary>The open Shopify order with its id (and gid) replaced.</summary>
    public static string ShopifyOpen(long orderId) => WithShopifyId(Text("shopify/orders-create.open.json"), orderId);

    public static string ShopifyDocs() => Text("shopify/orders-create.docs-sample.json");

    public static string WithShopifyId(string json, long orderId)
    {
        var order = JsonNode.Parse(json)!.AsObject();
        order["id"] = orderId;
        order["admin_graphql_api_id"] = $"gid://shopify/Order/{orderId}";
        return order.ToJsonString();
    }

    /// <summary>A canonical sample with its channel order id replaced.</summary>
    public static string Canonical(string file, string channelOrderId)
    {
        var order = JsonNode.Parse(Text($"canonical/{file}"))!.AsObject();
        order["channelOrderId"] = channelOrderId;
        return order.ToJsonString();
    }

    /// <summary>
    /// The open Shopify order as version <paramref name="updatedAt"/> of order <paramref name="orderId"/>, with
    /// whatever <paramref name="change"/> makes of it.
    /// </summary>
    public static string ShopifyVersion(long orderId, DateTimeOffset updatedAt, Action<JsonObject>? change = null)
    {
        var order = JsonNode.Parse(ShopifyOpen(orderId))!.AsObject();
        order["updated_at"] = updatedAt.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        change?.Invoke(order);
        return order.ToJsonString();
    }

    /// <summary>
    /// Changes the quantity of one line of a Shopify order and raises or lowers the claimed total to match, so
    /// that the order stays consistent.
    /// </summary>
    public static void SetShopifyQuantity(JsonObject order, int lineIndex, int quantity)
    {
        var line = order["line_items"]![lineIndex]!;
        var price = decimal.Parse((string)line["price"]!, CultureInfo.InvariantCulture);
        var total = decimal.Parse((string)order["total_price"]!, CultureInfo.InvariantCulture)
            + (price * (quantity - (int)line["quantity"]!));
        var text = total.ToString(CultureInfo.InvariantCulture);
        line["quantity"] = quantity;
        order["total_price"] = text;
        order["total_price_set"]!["shop_money"]!["amount"] = text;
        order["total_price_set"]!["presentment_money"]!["amount"] = text;
    }

    /// <summary>A sample edited as JSON.</summary>
    public static string Edit(string relativePath, Action<JsonNode> change)
    {
        var json = JsonNode.Parse(Text(relativePath))!;
        change(json);
        return json.ToJsonString();
    }

    private static long next = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 10;

    public static long NewShopifyId() => Interlocked.Increment(ref next);
}

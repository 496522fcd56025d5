using System.Text.Json.Nodes;

namespace EcomErp.Server.Tests.Support;

/// <summary>The canonical sample order cut down to one line of one SKU, under a fresh channel order id.</summary>
internal static class OneLineOrder
{
    public static string Json(string sku, int quantity = 1)
    {
        var order = JsonNode.Parse(Samples.Text("canonical/order.json"))!.AsObject();
        order["channelOrderId"] = $"RACE-{Guid.NewGuid():N}";
        order["lines"] = new JsonArray(new JsonObject
        {
            ["channelLineId"] = "1",
            ["sku"] = sku,
            ["name"] = sku,
            ["quantity"] = quantity,
            ["unitPrice"] = "10.00",
        });
        order.Remove("shippingLines");
        order.Remove("claimedTotals");
        return order.ToJsonString();
    }
}

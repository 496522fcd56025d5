using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcomErp.Server.Orders;

/// <summary>A node's confirmation that it shipped lines of an order.</summary>
internal sealed record ShipmentRequest(
    string? NodeCode,
    string? Carrier,
    string? TrackingNumber,
    IReadOnlyList<ShipmentRequest.Line>? Lines)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record Line(int LineNo, int Quantity);

    /// <summary>
    /// The <c>shipment.confirmed</c> message payload: the shipment, under the variable <c>shipment</c>.
    /// </summary>
    public JsonObject ToPayload() => new()
    {
        ["shipment"] = JsonSerializer.SerializeToNode(this, Json),
    };
}

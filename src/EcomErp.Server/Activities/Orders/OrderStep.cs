using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using EcomErp.Server.Api;
using EcomErp.Commerce.Orders;
using EcomErp.Commerce.Persistence;
using EcomErp.Workflows.Activities;

namespace EcomErp.Server.Activities.Orders;

/// <summary>
/// What an order activity works with: the order, a commerce context on the step's transaction, and the clock.
/// </summary>
internal sealed record OrderStep(ActivityContext Context, CommerceDbContext Db, Order Order, DateTimeOffset Now)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new NormalizedDecimalConverter() },
    };

    /// <summary>Hands a result back to the workflow as a variable, in the API's JSON shape.</summary>
    public void Output(string name, object value) =>
        Context.SetOutput(name, JsonSerializer.SerializeToNode(value, Json));

    public JsonNode? Variable(string name) => Context.Variable(name);

    public static string ToJson(object value) => JsonSerializer.Serialize(value, Json);
}

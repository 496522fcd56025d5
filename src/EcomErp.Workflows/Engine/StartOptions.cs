using System.Text.Json.Nodes;

namespace EcomErp.Workflows.Engine;

/// <summary>How to start an instance.</summary>
/// <param name="BusinessKey">The domain id the instance works on, for example an order id.</param>
/// <param name="Variables">The instance's first variables.</param>
public sealed record StartOptions(string? BusinessKey, IReadOnlyDictionary<string, JsonNode?> Variables)
{
    public static StartOptions Empty => new(null, new Dictionary<string, JsonNode?>());
}

using System.Text.Json.Nodes;

namespace EcomErp.Workflows.Messages;

/// <summary>A message for waiting instances.</summary>
/// <param name="Name">The message name, as in the model's message definition.</param>
/// <param name="CorrelationKey">Which instance it is for; empty for messages without a key.</param>
/// <param name="Payload">Variables the message carries into the instance.</param>
/// <param name="MessageId">When given, a second message with the same name and id is ignored.</param>
/// <param name="TimeToLive">How long to keep the message when nothing waits for it yet; zero drops it.</param>
public sealed record MessagePublication(
    string Name,
    string CorrelationKey,
    JsonObject? Payload = null,
    string? MessageId = null,
    TimeSpan TimeToLive = default);

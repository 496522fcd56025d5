namespace EcomErp.Commerce.Channels;

/// <summary>Reads the topic names of each channel.</summary>
public static class ChannelTopics
{
    /// <summary>
    /// The topic <paramref name="name"/> stands for; no name means <see cref="ChannelTopic.Upsert"/>.
    /// </summary>
    public static ChannelTopic Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" => ChannelTopic.Upsert,
        "orders/create" or "order.created" or "create" => ChannelTopic.Create,
        "orders/updated" or "order.updated" or "update" => ChannelTopic.Update,
        "orders/cancelled" or "cancel" => ChannelTopic.Cancel,
        _ => ChannelTopic.Other,
    };
}

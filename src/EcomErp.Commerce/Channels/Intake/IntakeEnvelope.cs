namespace EcomErp.Commerce.Channels.Intake;

/// <summary>What came with a payload besides its body.</summary>
/// <param name="ChannelCode">The channel it was sent to.</param>
/// <param name="Topic">The channel's topic header, if any.</param>
/// <param name="EventId">The channel's event or delivery id, if any.</param>
/// <param name="Via">How the sender proved who it is.</param>
/// <param name="ReplayOf">The record being replayed, for a replay.</param>
public sealed record IntakeEnvelope(
    string ChannelCode,
    string? Topic,
    string? EventId,
    string Via,
    long? ReplayOf = null);

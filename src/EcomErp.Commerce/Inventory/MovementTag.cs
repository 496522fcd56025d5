namespace EcomErp.Commerce.Inventory;

/// <summary>What a ledger entry says besides the movement itself.</summary>
/// <param name="OrderId">The order concerned.</param>
/// <param name="ChannelCode">The order's channel, for reservation movements.</param>
/// <param name="Reference">The sender's reference.</param>
/// <param name="ExpectedAt">When units on their way are expected.</param>
public sealed record MovementTag(
    Guid? OrderId = null,
    string? ChannelCode = null,
    string? Reference = null,
    DateTimeOffset? ExpectedAt = null)
{
    /// <summary>A movement with nothing to add.</summary>
    public static MovementTag None { get; } = new();
}

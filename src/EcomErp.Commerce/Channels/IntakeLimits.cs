namespace EcomErp.Commerce.Channels;

/// <summary>What one order payload may hold.</summary>
/// <param name="MaxLines">The most product lines one order may have.</param>
public sealed record IntakeLimits(int MaxLines = IntakeLimits.DefaultMaxLines)
{
    /// <summary>The default for <see cref="MaxLines"/>.</summary>
    public const int DefaultMaxLines = 250;
}

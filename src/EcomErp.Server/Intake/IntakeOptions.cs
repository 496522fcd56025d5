using EcomErp.Commerce.Channels;

namespace EcomErp.Server.Intake;

/// <summary>The <c>EcomErp:Intake</c> configuration section: limits on what a channel may send.</summary>
public sealed class IntakeOptions
{
    public const string Section = "EcomErp:Intake";

    /// <summary>The largest order body taken, in bytes; a larger one is refused with 413.</summary>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The most product lines one order may have.</summary>
    public int MaxLines { get; set; } = IntakeLimits.DefaultMaxLines;

    internal IntakeLimits Limits => new(MaxLines);
}

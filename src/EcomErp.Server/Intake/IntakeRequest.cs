using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Channels.Intake;

namespace EcomErp.Server.Intake;

/// <summary>A payload to take in: the channel it came to, what came with it, and its exact bytes.</summary>
/// <param name="Channel">The channel it came to.</param>
/// <param name="Envelope">What came with it.</param>
/// <param name="Body">Its exact bytes.</param>
/// <param name="EventIdHeader">The header its event id came in, so that a problem with the id can name it.</param>
internal sealed record IntakeRequest(
    Channel Channel,
    IntakeEnvelope Envelope,
    byte[] Body,
    string EventIdHeader = IntakeHeaders.IdempotencyKey);

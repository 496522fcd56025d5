using EcomErp.Commerce.Channels;
using EcomErp.Commerce.Channels.Intake;

namespace EcomErp.Server.Intake;

/// <summary>A payload to take in: the channel it came to, what came with it, and its exact bytes.</summary>
internal sealed record IntakeRequest(Channel Channel, IntakeEnvelope Envelope, byte[] Body);

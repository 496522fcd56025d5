using EcomErp.Workflows.Definitions;

namespace EcomErp.Workflows.Publishing;

/// <summary>
/// One process of a published file: its key, its version, and whether this call created that version.
/// </summary>
public sealed record PublishedVersion(string Key, int Version, Guid DefinitionId, bool IsNew);

/// <summary>The versions a publication produced, or the problems that stopped it.</summary>
public sealed record PublishResult(IReadOnlyList<PublishedVersion> Versions, IReadOnlyList<ValidationProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

namespace EcomErp.Workflows.Publishing;

/// <summary>A process as listed: its newest published version and whether a draft is being edited.</summary>
public sealed record DefinitionSummary(
    string Key,
    string? Name,
    int? LatestVersion,
    DateTimeOffset? PublishedAt,
    bool HasDraft,
    int RunningInstances);

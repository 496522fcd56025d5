namespace EcomErp.Workflows.Persistence;

/// <summary>A published, immutable version of a process definition.</summary>
public sealed class DefinitionRecord
{
    public Guid Id { get; set; }

    public required string Key { get; set; }

    public int Version { get; set; }

    public string? Name { get; set; }

    public required string Xml { get; set; }

    /// <summary>SHA-256 of the XML, so that loading the same file again publishes nothing new.</summary>
    public required string ContentHash { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    /// <summary>Where the version came from: a file path or "api".</summary>
    public string? Source { get; set; }
}

namespace EcomErp.Workflows.Persistence;

/// <summary>The work-in-progress XML of a process, editable until it is published as a new version.</summary>
public sealed class DraftRecord
{
    public required string Key { get; set; }

    public required string Xml { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

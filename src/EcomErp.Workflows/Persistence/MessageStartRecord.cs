namespace EcomErp.Workflows.Persistence;

/// <summary>
/// A message start event of the newest version of a process: publishing the message starts an instance.
/// </summary>
public sealed class MessageStartRecord
{
    public long Id { get; set; }

    public Guid DefinitionId { get; set; }

    public required string ProcessKey { get; set; }

    public required string ElementId { get; set; }

    public required string MessageName { get; set; }
}

namespace EcomErp.Workflows.Persistence;

/// <summary>One line of an instance's journal: a token move, wait, job attempt, fault or message.</summary>
public sealed class JournalRecord
{
    public long Id { get; set; }

    public Guid InstanceId { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Kind { get; set; }

    public string? ElementId { get; set; }

    public Guid? TokenId { get; set; }

    public string? Detail { get; set; }
}

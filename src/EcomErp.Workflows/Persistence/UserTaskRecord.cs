namespace EcomErp.Workflows.Persistence;

/// <summary>A human task created by a user task; the token waits until someone completes it.</summary>
public sealed class UserTaskRecord
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public Guid TokenId { get; set; }

    public required string ElementId { get; set; }

    public required string Name { get; set; }

    public required string ProcessKey { get; set; }

    public string? BusinessKey { get; set; }

    public string? Assignee { get; set; }

    public string[] CandidateGroups { get; set; } = [];

    public string[] Outcomes { get; set; } = [];

    public UserTaskStatus Status { get; set; }

    /// <summary>The variables mapped into the task when it was created, as JSON.</summary>
    public string? Input { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public string? Outcome { get; set; }

    public string? CompletedBy { get; set; }

    public string? Comment { get; set; }
}

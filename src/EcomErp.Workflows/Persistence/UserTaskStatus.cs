namespace EcomErp.Workflows.Persistence;

public enum UserTaskStatus
{
    Open,
    Completed,
    Cancelled,
}

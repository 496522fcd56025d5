namespace EcomErp.Workflows.Runtime;

/// <summary>Aborts a job's step so its transaction rolls back; the worker then records the failed attempt.</summary>
internal sealed class ActivityFailedException(Exception failure) : Exception(failure.Message, failure);

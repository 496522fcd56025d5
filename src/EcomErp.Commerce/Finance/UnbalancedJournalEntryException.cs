namespace EcomErp.Commerce.Finance;

/// <summary>Thrown when a journal entry that does not balance would be saved.</summary>
public sealed class UnbalancedJournalEntryException : InvalidOperationException
{
    /// <summary>Creates the exception for <paramref name="entry"/>.</summary>
    public UnbalancedJournalEntryException(JournalEntry entry)
        : base($"Journal entry {entry?.Id} ({entry?.Reference}) does not balance: debits {entry?.TotalDebit}, " +
            $"credits {entry?.TotalCredit} {entry?.Currency}. Every line must be one-sided, non-negative, whole " +
            "in the currency's minor unit and in the entry's currency, and the sides must be equal.")
    {
        ArgumentNullException.ThrowIfNull(entry);
        EntryId = entry.Id;
    }

    /// <summary>The entry that was refused.</summary>
    public Guid EntryId { get; }
}

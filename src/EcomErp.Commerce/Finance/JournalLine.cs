namespace EcomErp.Commerce.Finance;

/// <summary>One side of a journal entry on one account. Exactly one of debit and credit is non-zero.</summary>
public sealed class JournalLine
{
    private JournalLine()
    {
    }

    /// <summary>The entry the line belongs to.</summary>
    public Guid EntryId { get; private set; }

    /// <summary>The line's position in the entry, starting at 1.</summary>
    public int LineNo { get; private set; }

    /// <summary>The account's code.</summary>
    public string AccountCode { get; private set; } = "";

    /// <summary>The debit amount, or zero.</summary>
    public decimal Debit { get; private set; }

    /// <summary>The credit amount, or zero.</summary>
    public decimal Credit { get; private set; }

    /// <summary>The currency of both amounts.</summary>
    public string Currency { get; private set; } = "";

    /// <summary>What the line is for.</summary>
    public string? Memo { get; private set; }

    internal static JournalLine Create(
        Guid entryId,
        int lineNo,
        string accountCode,
        (decimal Debit, decimal Credit) amounts,
        string currency,
        string? memo) => new()
        {
            EntryId = entryId,
            LineNo = lineNo,
            AccountCode = accountCode,
            Debit = amounts.Debit,
            Credit = amounts.Credit,
            Currency = currency,
            Memo = memo,
        };
}

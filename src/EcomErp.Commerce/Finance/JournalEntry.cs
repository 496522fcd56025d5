using EcomErp.Commerce.Monetary;

namespace EcomErp.Commerce.Finance;

/// <summary>A balanced set of debits and credits in one currency, posted for one commercial event.</summary>
public sealed class JournalEntry
{
    private readonly List<JournalLine> lines = [];

    private JournalEntry()
    {
    }

    /// <summary>The entry's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>The document it posts, such as an invoice number.</summary>
    public string Reference { get; private set; } = "";

    /// <summary>The order concerned, if any.</summary>
    public Guid? OrderId { get; private set; }

    /// <summary>What was posted.</summary>
    public string Description { get; private set; } = "";

    /// <summary>The currency of every line.</summary>
    public string Currency { get; private set; } = "";

    /// <summary>When it was posted.</summary>
    public DateTimeOffset PostedAt { get; private set; }

    /// <summary>The lines, in order.</summary>
    public IReadOnlyList<JournalLine> Lines => lines;

    /// <summary>The sum of the debits.</summary>
    public decimal TotalDebit => lines.Sum(line => line.Debit);

    /// <summary>The sum of the credits.</summary>
    public decimal TotalCredit => lines.Sum(line => line.Credit);

    /// <summary>
    /// Whether the entry may be saved: it has lines, each line is one-sided, non-negative, in the entry's currency
    /// and whole in its minor unit, and debits equal credits exactly.
    /// </summary>
    public bool IsBalanced =>
        lines.Count > 0 && lines.All(IsWellFormed) && TotalDebit == TotalCredit;

    /// <summary>Starts an empty entry.</summary>
    public static JournalEntry Start(string reference, Guid? orderId, string description, string currency,
        DateTimeOffset at)
    {
        Currencies.EnsureKnown(currency);
        return new JournalEntry
        {
            Id = Guid.CreateVersion7(at),
            Reference = reference,
            OrderId = orderId,
            Description = description,
            Currency = currency,
            PostedAt = at.ToUniversalTime(),
        };
    }

    /// <summary>Adds a debit line; a zero amount adds nothing.</summary>
    public JournalEntry Debit(string accountCode, decimal amount, string? memo = null) =>
        Add(accountCode, (amount, 0m), memo);

    /// <summary>Adds a credit line; a zero amount adds nothing.</summary>
    public JournalEntry Credit(string accountCode, decimal amount, string? memo = null) =>
        Add(accountCode, (0m, amount), memo);

    /// <summary>Throws unless <see cref="IsBalanced"/>.</summary>
    /// <exception cref="UnbalancedJournalEntryException">The entry does not balance.</exception>
    public void EnsureBalanced()
    {
        if (!IsBalanced)
        {
            throw new UnbalancedJournalEntryException(this);
        }
    }

    private JournalEntry Add(string accountCode, (decimal Debit, decimal Credit) amounts, string? memo)
    {
        ChartOfAccounts.Find(accountCode);
        if (amounts.Debit != 0m || amounts.Credit != 0m)
        {
            lines.Add(JournalLine.Create(Id, lines.Count + 1, accountCode, amounts, Currency, memo));
        }

        return this;
    }

    private bool IsWellFormed(JournalLine line) =>
        line.Currency == Currency
        && line.Debit >= 0m && line.Credit >= 0m
        && (line.Debit == 0m) != (line.Credit == 0m)
        && new Money(line.Debit + line.Credit, Currency).IsWholeMinorUnits;
}
